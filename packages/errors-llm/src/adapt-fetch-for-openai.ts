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
 * A `fetch` for the official `openai` SDK (4 to 7) pointed at the platform, and
 * for what is built on it or takes a `fetch` (LangChain's `ChatOpenAI`,
 * LlamaIndex's `OpenAI`, the AI SDK's providers), so that the platform's
 * errors reach their users with their exact code:
 * - an error body (`{code, reason, message, metadata}`) is rewritten into the
 *   OpenAI shape — the reason as `error.code`, message and metadata kept —
 *   with the same status and headers: the SDK 4 to 6 keep an error body only
 *   when it has an `error` member, so it would reach you as "429 status code
 *   (no body)" (the SDK 7 keeps the body whole; the adapter does no harm there);
 * - an error event inside a stream (`event: error`, or a `data:` holding an
 *   error body) makes the stream fail with the typed error (`RateLimitExceededError`…),
 *   the events before it passed on: the SDK's `.stream()` helpers, which
 *   crash on such an event, and the frameworks that drop it, throw an error
 *   that `llmErrorFromThrown` turns back into it (it is their `cause`).
 * Success responses and other bodies pass through untouched; an error body
 * is read with the same bounds as `llmErrorFromResponse`.
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
