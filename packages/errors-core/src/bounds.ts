// The bounds on everything an error keeps of untrusted input, and on every
// read of it: one place, so that the README's "What it never does" and the
// tests state the same numbers. Separate constants rather than one object,
// so that a bundle keeps only the ones it uses.
import { hasControl, maskCredentials, withoutControl } from "./text-safety.js";

/** The most characters an error keeps of a message, a metadata value or a header value: 2,048. @public */
export const MAX_TEXT = 2048;
/** The most characters of an identifier (a code, a request id): 256. A longer one is no identifier, and is dropped. @public */
export const MAX_IDENTIFIER = 256;
/** The most characters of a metadata key name: 128. Longer names are cut. @public */
export const MAX_KEY = 128;
/** The most entries an error keeps in `metadata`, and in `headers`: 32. @public */
export const MAX_ENTRIES = 32;
/** The most characters of a body given as a string that are parsed as JSON: 1 MiB. Past it, the body is only searched for its code. @public */
export const MAX_PARSED_TEXT = 1_048_576;
/** The characters of an unparsable JSON body's head searched for its message: 64 Ki. @public */
export const MAX_HEAD = 65_536;

/**
 * The most entries looked at in any one collection of the input (headers, gRPC details), kept or
 * not: 256. A `Headers` whose iterator never ends, a `forEach` that never stops, an endless
 * `details` are read this far and no further. @internal
 */
export const MAX_SCANNED = 256;

/** At most `limit` characters, without copying a string that already fits. For domain packages. @internal */
export function cut(value: string, limit: number): string {
  return value.length > limit ? value.slice(0, limit) : value;
}

/**
 * An identifier as an error keeps it: non-empty, at most `MAX_IDENTIFIER` characters, no control
 * or invisible character (none reaches a log line), credentials masked; else undefined. @internal
 */
export function shortString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" && value.length <= MAX_IDENTIFIER && !hasControl(value)
    ? maskCredentials(value)
    : undefined;
}

/**
 * Copies the string values among the own enumerable properties of `value` into
 * `record` (an object with no prototype, so that no key of the input can reach
 * `Object.prototype` or shadow a method): at most `MAX_ENTRIES` of them, keys
 * cut to `MAX_KEY` characters (control characters replaced), values to
 * `MAX_TEXT` (credentials masked). A hostile object (a Proxy
 * whose traps throw, a throwing getter) throws here: its callers read inside a
 * catch. No catch of its own, which measured 10 % of a whole parse.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 */
export function copyStrings(value: unknown, record: Record<string, string>): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  let count = 0;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== "string") continue;
    record[maskCredentials(withoutControl(cut(key, MAX_KEY)))] = maskCredentials(cut(item, MAX_TEXT));
    if (++count === MAX_ENTRIES) return;
  }
}
