import { type BodyFacts, bodyFacts, REQUEST_ID_KEYS, readBodyHead, readBodyShape, requestIdIn } from "./body-shape.js";
import { excerpt, htmlTitle } from "./body-text.js";
import { MAX_PARSED_TEXT } from "./bounds.js";
import { parseDelay, parseRetryAfter } from "./retry-after.js";
import { pickSafeHeaders } from "./safe-headers.js";
import { isErrorStatus, normalizeStatus } from "./status-fallback.js";
import { maskCredentials } from "./text-safety.js";
import type { WireErrorInfo, WireErrorInput } from "./wire-error-info.js";

/**
 * Reads a failed response in any form — the platform's body, an OpenAI-shaped
 * or gRPC-transcoded body, or anything else (empty, text, an HTML page,
 * truncated JSON, the wrong shape) — into the facts an error is built from.
 * Never throws.
 *
 * @example
 * ```ts
 * const info = readWireError({
 *   status: 429,
 *   body: '{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"slow down"}',
 *   headers: { "Retry-After": "2" },
 * });
 * info.code; // "RATE_LIMIT_EXCEEDED"
 * info.retryAfterMs; // 2000
 * ```
 *
 * @public
 */
export function readWireError(input: WireErrorInput | undefined): WireErrorInfo {
  let rawStatus: unknown;
  let body: unknown;
  let rawHeaders: unknown;
  let facts: BodyFacts;
  try {
    // The caller's own object: read as it is (a throwing getter lands in the catch).
    rawStatus = input?.status;
    rawHeaders = input?.headers;
    body = input?.body;
    facts = readBody(body);
  } catch {
    // A hostile input or body (a getter that throws, a Proxy): what was read stays.
    facts = bodyFacts("json", ": unreadable body");
  }
  // Only the safe headers are read at all; the retry hints and request ids are among them.
  const headers = pickSafeHeaders(rawHeaders);
  const status = normalizeStatus(rawStatus, facts.bodyStatus);
  return {
    status,
    statusKnown: isErrorStatus(rawStatus) || isErrorStatus(facts.bodyStatus),
    // A code is an identifier, but one the platform echoes: a key there is masked like anywhere.
    code: maskIdentifier(facts.code),
    message: facts.code === undefined && facts.message === undefined ? `HTTP ${status}${facts.note}` : facts.message,
    metadata: facts.metadata,
    retryAfterMs:
      headers["retry-after-ms"] === undefined && headers["retry-after"] === undefined
        ? parseDelay(facts.retryAfterMs, 1)
        : (parseDelay(headers["retry-after-ms"], 1) ?? parseRetryAfter(headers["retry-after"])),
    requestId: maskIdentifier(requestIdIn(headers, REQUEST_ID_KEYS) ?? facts.requestId),
    headers,
    format: facts.format,
  };
}

/** An identifier as read, with any credential it echoes masked. */
function maskIdentifier(value: string | undefined): string | undefined {
  return value === undefined ? undefined : maskCredentials(value);
}

function readBody(body: unknown): BodyFacts {
  if (body != null && typeof body !== "string") return readBodyShape(body);
  // A byte-order mark and the `data:` of a stream event are not part of the body.
  let text = `${body ?? ""}`.trim();
  const first = text[0];
  if (first === "\uFEFF" || first === "d" || first === "e") {
    text = text.replace(/^\uFEFF?\s*(?:event:[^\n]*\n)?(?:data:)?/, "").trim();
  }
  if (text === "") return bodyFacts("empty", " with an empty body");
  // Valid JSON of any shape is read as JSON ("null" and "42" too); past a
  // megabyte a body is not parsed, only searched for its code.
  if (text.length <= MAX_PARSED_TEXT) {
    try {
      return readBodyShape(JSON.parse(text));
    } catch {
      // Not JSON: described below.
    }
  }
  if (text[0] === "{" || text[0] === "[") return readBodyHead(text);
  if (text[0] === "<") {
    const title = htmlTitle(text);
    return bodyFacts("html", `: an HTML page from a gateway${title === undefined ? "" : ` (${title})`}`);
  }
  return bodyFacts("text", `: ${excerpt(text)}`);
}
