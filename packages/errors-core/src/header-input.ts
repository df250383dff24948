/**
 * Response headers as callers have them: a Fetch `Headers`, or a plain object
 * whose names may be in any letter case and whose values may be strings,
 * numbers or arrays of strings (as Node's `IncomingHttpHeaders`).
 */
export type HeaderInput =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

/**
 * The headers as a plain record with lower-case names and string values (at
 * most 4 KiB each). Never throws: unreadable input gives what could be read.
 *
 * Exported for the domain packages.
 */
export function normalizeHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = Object.create(null);
  try {
    const entries =
      typeof (headers as { get?: unknown } | null)?.get === "function"
        ? (headers as { entries(): Iterable<[string, unknown]> }).entries()
        : Object.entries(headers as object);
    for (const [name, value] of entries) {
      const text = Array.isArray(value)
        ? value.join(", ")
        : typeof value === "string" || typeof value === "number"
          ? String(value)
          : "";
      if (text !== "") result[name.toLowerCase()] = text.slice(0, 4096);
    }
  } catch {
    // Not headers at all, or a hostile look-alike: keep what was read.
  }
  return result;
}
