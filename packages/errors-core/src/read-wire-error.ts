import { type BodyFacts, readBodyShape } from "./body-shape.js";
import { excerpt, htmlTitle, looksLikeHtml } from "./body-text.js";
import { normalizeHeaders } from "./header-input.js";
import { parseRetryAfter, parseRetryAfterMs } from "./retry-after.js";
import { pickSafeHeaders, REQUEST_ID_HEADERS } from "./safe-headers.js";
import { isErrorStatus, normalizeStatus } from "./status-fallback.js";
import type { WireErrorInfo, WireErrorInput } from "./wire-error-info.js";

/** Past this many characters a body string is not parsed, only described. */
const MAX_PARSED_CHARS = 1_048_576;

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
 */
export function readWireError(input: WireErrorInput | undefined): WireErrorInfo {
  let rawStatus: unknown;
  let body: unknown;
  let rawHeaders: unknown;
  try {
    if (typeof input === "object" && input !== null) {
      rawStatus = input.status;
      body = input.body;
      rawHeaders = input.headers;
    }
  } catch {
    // A hostile input object: read as an empty response.
  }
  const headers = normalizeHeaders(rawHeaders);
  let facts: BodyFacts & { describe?: (status: number) => string };
  try {
    facts = readBody(body);
  } catch {
    facts = { ...readBodyShape(undefined), describe: (status) => `HTTP ${status}: the error body could not be read` };
  }
  const status = normalizeStatus(rawStatus, facts.bodyStatus);
  const message =
    facts.code === undefined && facts.message === undefined
      ? (facts.describe?.(status) ?? `HTTP ${status}: unrecognized error body`)
      : facts.message;
  return {
    status,
    statusKnown: isErrorStatus(rawStatus) || isErrorStatus(facts.bodyStatus),
    code: facts.code,
    message,
    metadata: facts.metadata,
    retryAfterMs: parseRetryAfterMs(headers["retry-after-ms"]) ?? parseRetryAfter(headers["retry-after"]),
    requestId: requestIdFrom(headers) ?? facts.requestId,
    headers: pickSafeHeaders(headers),
    format: facts.format,
  };
}

function requestIdFrom(headers: Readonly<Record<string, string>>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const id = headers[name]?.trim();
    if (id) return id.slice(0, 256);
  }
  return undefined;
}

function readBody(body: unknown): BodyFacts & { describe?: (status: number) => string } {
  if (body === undefined || body === null) {
    return { ...readBodyShape(undefined), format: "empty", describe: (status) => `HTTP ${status} with an empty body` };
  }
  if (typeof body !== "string") {
    const facts = readBodyShape(body);
    return { ...facts, describe: (status) => `HTTP ${status}: unrecognized error body` };
  }
  const text = stripEventPrefix(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body).trim();
  if (text === "") {
    return { ...readBodyShape(undefined), format: "empty", describe: (status) => `HTTP ${status} with an empty body` };
  }
  const structured = text[0] === "{" || text[0] === "[";
  // Scalars too ("null", "42", a JSON string): valid JSON of the wrong shape.
  if (structured || /^(?:null|true|false|"|-?\d)/.test(text)) {
    if (text.length <= MAX_PARSED_CHARS) {
      let parsed: unknown;
      let valid = true;
      try {
        parsed = JSON.parse(text);
      } catch {
        valid = false;
      }
      if (valid)
        return { ...readBodyShape(parsed), describe: (status) => `HTTP ${status}: unrecognized JSON error body` };
    }
    if (structured) {
      return {
        ...readBodyShape(undefined),
        format: "invalid-json",
        describe: (status) =>
          `HTTP ${status}: the error body is not valid JSON (${text.length} characters, perhaps truncated)`,
      };
    }
  }
  if (looksLikeHtml(text)) {
    const title = htmlTitle(text);
    return {
      ...readBodyShape(undefined),
      format: "html",
      describe: (status) => `HTTP ${status}: an HTML page from a gateway${title === undefined ? "" : ` (${title})`}`,
    };
  }
  return { ...readBodyShape(undefined), format: "text", describe: (status) => `HTTP ${status}: ${excerpt(text)}` };
}

/** One event of a server-sent event stream (`data: {...}`) is read as its data. */
function stripEventPrefix(text: string): string {
  const start = text.trimStart();
  if (!start.startsWith("data:") && !start.startsWith("event:")) return text;
  const line = start.split("\n").find((candidate) => candidate.startsWith("data:"));
  return line === undefined ? "" : line.slice(5);
}
