/**
 * Response headers as callers have them: a Fetch `Headers`, or a plain object
 * whose names may be in any letter case and whose values may be strings,
 * numbers or arrays of strings (as Node's `IncomingHttpHeaders`).
 */
export type HeaderInput =
  | { forEach(callback: (value: string, name: string) => void): void }
  | Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

/**
 * Calls `visit` with each header's lower-case name and its value as a string
 * (arrays joined, at most 4 KiB). Never throws: unreadable input visits what
 * could be read.
 *
 * @internal
 */
export function forEachHeader(headers: unknown, visit: (name: string, value: string) => void): void {
  const each = (value: unknown, name: string): void => {
    const text = Array.isArray(value)
      ? value.join(", ")
      : typeof value === "string" || typeof value === "number"
        ? `${value}`
        : "";
    if (text !== "") visit(name.toLowerCase(), text.slice(0, 4096));
  };
  try {
    if (typeof (headers as { forEach?: unknown } | null)?.forEach === "function" && !Array.isArray(headers)) {
      // A Fetch Headers (or a Map): its own iteration, without entry arrays.
      (headers as { forEach(callback: (value: unknown, name: string) => void): void }).forEach(each);
    } else {
      for (const name in headers as object) {
        if (Object.hasOwn(headers as object, name)) each((headers as Record<string, unknown>)[name], name);
      }
    }
  } catch {
    // Not headers at all, or a hostile look-alike: what was visited stays.
  }
}
