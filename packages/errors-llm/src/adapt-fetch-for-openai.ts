import { type ReadResponseOptions, readWireError } from "@novita/errors-core";
import { readResponseBody } from "@novita/errors-core/internal";

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
 * A `fetch` for the official `openai` SDK 6 pointed at the platform, so that
 * the platform's own error bodies reach its users with their exact code. The
 * SDK 6 keeps an error body only when it has an `error` member, so a platform
 * body (`{code, reason, message, metadata}`) would reach you as "429 status
 * code (no body)"; the SDK 7 keeps the body whole, and needs no adapter (it
 * does no harm there). This rewrites such a body into the OpenAI shape — the reason as
 * `error.code`, message and metadata kept — with the same status and headers.
 * Success responses, streams and other bodies pass through untouched; the body
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
    if (response.ok || response.body === null) return response;
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
