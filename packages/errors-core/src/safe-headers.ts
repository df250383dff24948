import { REQUEST_ID_KEYS } from "./body-shape.js";

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
    if (
      /^(?:content-type|retry-after(?:-ms)?|x-ratelimit-.*)$/.test(lower) ||
      (REQUEST_ID_KEYS as readonly string[]).includes(lower)
    ) {
      kept[lower] = headers[name] as string;
    }
  }
  return kept;
}
