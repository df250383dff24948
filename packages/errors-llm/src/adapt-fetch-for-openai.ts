import { type ReadResponseOptions, readWireError } from "@novita/errors-core";
import { readResponseBody } from "@novita/errors-core/internal";
import { failOnErrorEvents } from "./internal/fail-on-error-events.js";

/**
 * The `fetch` signature the `openai` SDK accepts, written with the names Node's own types also
 * declare (no DOM-only `RequestInfo`), so that it compiles in a project without the DOM lib.
 *
 * @public
 */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

// Headers that describe the original body, wrong once the body is rewritten.
const BODY_HEADERS = ["content-length", "content-encoding", "transfer-encoding"];

/**
 * A `fetch` for the `openai` SDK (4 to 7) and what takes one (LangChain's
 * `ChatOpenAI`, LlamaIndex), so that the platform's errors keep their code:
 * - an error body is rewritten into the OpenAI shape (reason as `error.code`),
 *   same status and headers: SDK 4 to 6 drop a body without `error` ("429
 *   status code (no body)"); 7 keeps it (no harm done there);
 * - a stream fails on an error event (`event: error`, or a `data:` error body)
 *   with the typed error, the events before it passed on: the SDK's
 *   `.stream()` helpers, which crash on one, and frameworks that drop it
 *   throw an error `llmErrorFromThrown` turns back into it.
 * Anything else passes untouched.
 *
 * @param fetchImplementation - the `fetch` to wrap (default: the global one)
 * @param options - bounds on reading an error body
 *
 * @example
 * ```ts
 * const client = new OpenAI({ baseURL: "https://api.novita.ai/v3/openai", apiKey, fetch: adaptFetchForOpenAI() });
 * try {
 *   await client.chat.completions.create({ model, messages });
 * } catch (thrown) {
 *   throw llmErrorFromThrown(thrown) ?? thrown; // RateLimitExceededError, NotEnoughBalanceError, …
 * }
 * ```
 *
 * @public
 */
export function adaptFetchForOpenAI(fetchImplementation?: FetchFunction, options?: ReadResponseOptions): FetchFunction {
  return async (input, init) => {
    const response = await (fetchImplementation ?? globalThis.fetch)(input, init);
    if (response.body === null) return response;
    if (response.ok) {
      if (!response.headers.get("content-type")?.includes("text/event-stream")) return response;
      // Sent by the platform as an event of a stream that began with 200: the stream fails with it.
      const body = failOnErrorEvents(response.body, response.headers);
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    // Read a copy, so that the original stays whole when it is not rewritten.
    const prefix = await readResponseBody(response.clone(), options);
    if (prefix.text === undefined || prefix.issue !== undefined) return response;
    const info = readWireError({ status: response.status, body: prefix.text, headers: response.headers });
    if (info.format !== "platform" || info.code === undefined) return response;
    response.body.cancel().catch(() => {});
    const headers = new Headers(response.headers);
    for (const name of BODY_HEADERS) headers.delete(name);
    headers.set("content-type", "application/json");
    const body = {
      error: {
        message: info.message ?? info.code,
        type: null,
        param: null,
        code: info.code,
        metadata: { ...info.metadata },
      },
    };
    return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
  };
}
