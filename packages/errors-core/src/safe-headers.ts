/** Header names kept on an error, besides every `x-ratelimit-*` header. */
const SAFE_HEADER_NAMES = /* @__PURE__ */ new Set([
  "content-type",
  "retry-after",
  "retry-after-ms",
  "x-request-id",
  "request-id",
  "x-novita-request-id",
  "x-trace-id",
  "x-correlation-id",
  "x-amzn-requestid",
]);

/**
 * Only the headers an error may keep: content type, retry hints, request ids
 * and `x-ratelimit-*`. Authorization, cookies and every other header are
 * dropped, so that logging an error never leaks a credential.
 *
 * @param headers - lower-case names, as `normalizeHeaders` gives them
 */
export function pickSafeHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (SAFE_HEADER_NAMES.has(lower) || lower.startsWith("x-ratelimit-")) {
      kept[lower] = headers[name] as string;
    }
  }
  return kept;
}

/** The names of the headers that carry a request id, most specific first. @internal */
export const REQUEST_ID_HEADERS = [
  "x-request-id",
  "x-novita-request-id",
  "request-id",
  "x-trace-id",
  "x-correlation-id",
  "x-amzn-requestid",
] as const;
