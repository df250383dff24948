import { REQUEST_ID_KEYS } from "./body-shape.js";
import { forEachHeader, type HeaderInput } from "./header-input.js";

const SAFE_NAMES: readonly string[] = ["content-type", "retry-after", "retry-after-ms"];

/**
 * Only the headers an error may keep, with lower-case names: content type,
 * retry hints, request ids and `x-ratelimit-*`. Authorization, cookies and
 * every other header are dropped, so that logging an error never leaks a
 * credential. Takes a Fetch `Headers` or a plain object in any letter case.
 *
 * @example
 * ```ts
 * pickSafeHeaders(new Headers({ "Retry-After": "1", Cookie: "session=…" })); // { "retry-after": "1" }
 * ```
 */
export function pickSafeHeaders(headers: HeaderInput | unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  forEachHeader(headers, (name, value) => {
    if (
      SAFE_NAMES.includes(name) ||
      (REQUEST_ID_KEYS as readonly string[]).includes(name) ||
      name.startsWith("x-ratelimit-")
    ) {
      kept[name] = value;
    }
  });
  return kept;
}
