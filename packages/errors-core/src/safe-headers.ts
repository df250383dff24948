import { REQUEST_ID_KEYS } from "./body-shape.js";
import { cut, MAX_ENTRIES, MAX_SCANNED, MAX_TEXT } from "./bounds.js";
import type { HeaderInput } from "./header-input.js";

/** Thrown out of a `forEach` callback: the one way to end a `forEach` early. */
const ENOUGH = /* @__PURE__ */ Symbol("enough headers");

/** Whether an error may keep a header (lower-case name). */
function isSafe(name: string): boolean {
  switch (name) {
    case "content-type":
    case "retry-after":
    case "retry-after-ms":
      return true;
  }
  return (REQUEST_ID_KEYS as readonly string[]).includes(name) || name.startsWith("x-ratelimit-");
}

/**
 * Only the headers an error may keep, with lower-case names: content type,
 * retry hints, request ids and `x-ratelimit-*`. Authorization, cookies and
 * every other header are dropped, so that logging an error never leaks a
 * credential. Takes a Fetch `Headers` or a plain object in any letter case;
 * values are strings (arrays joined), at most `MAX_TEXT` (2,048) characters each, and at
 * most `MAX_ENTRIES` (32) headers. Never throws.
 *
 * @example
 * ```ts
 * pickSafeHeaders(new Headers({ "Retry-After": "1", Cookie: "session=…" })); // { "retry-after": "1" }
 * ```
 *
 * @public
 */
export function pickSafeHeaders(headers: HeaderInput | unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  // Bounded in count too: a response may send any number of `x-ratelimit-*` headers.
  let room = MAX_ENTRIES;
  // And in what is looked at: an iterator that never ends, a forEach that never stops, stop here.
  let scanned = 0;
  const keep = (value: unknown, name: unknown): void => {
    if (++scanned > MAX_SCANNED) throw ENOUGH;
    const lower = `${name}`.toLowerCase();
    const text =
      typeof value === "string"
        ? value
        : Array.isArray(value)
          ? value.slice(0, MAX_ENTRIES).join(", ")
          : typeof value === "number"
            ? `${value}`
            : "";
    if (text !== "" && isSafe(lower) && (lower in kept || room-- > 0)) kept[lower] = cut(text, MAX_TEXT);
  };
  // A string is no headers (and would be walked character by character).
  if (typeof headers !== "object" || headers === null) return kept;
  try {
    if (typeof Headers === "function" && headers instanceof Headers) {
      // The common case, kept fast: names already lower-case, values strings. Iterated
      // directly rather than by forEach, which calls back through apply (measured: ~40 ns less).
      for (const [name, value] of headers) {
        if (++scanned > MAX_SCANNED) break;
        if (isSafe(name) && room-- > 0) kept[name] = cut(value, MAX_TEXT);
      }
    } else if (typeof (headers as { forEach?: unknown } | null)?.forEach === "function" && !Array.isArray(headers)) {
      // A Headers from another realm or a polyfill, or a Map.
      (headers as { forEach(callback: (value: unknown, name: unknown) => void): void }).forEach(keep);
    } else {
      for (const name in headers as object) {
        if (Object.hasOwn(headers as object, name)) keep((headers as Record<string, unknown>)[name], name);
      }
    }
  } catch {
    // Not headers at all, a hostile look-alike, or enough of them read: what was read stays.
  }
  return kept;
}
