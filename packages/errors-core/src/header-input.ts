/**
 * Response headers as callers have them: a Fetch `Headers`, or a plain object
 * whose names may be in any letter case and whose values may be strings,
 * numbers or arrays of strings (as Node's `IncomingHttpHeaders`).
 */
export type HeaderInput =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

const MAX_HEADER_VALUE = 4096;

/**
 * The headers as a plain record with lower-case names and string values.
 * Never throws: unreadable input gives an empty record.
 *
 * Exported for the domain packages.
 */
export function normalizeHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = Object.create(null);
  if (typeof headers !== "object" || headers === null) return result;
  try {
    const entries = (headers as { entries?: unknown }).entries;
    if (typeof (headers as { get?: unknown }).get === "function" && typeof entries === "function") {
      for (const [name, value] of (headers as { entries(): Iterable<[string, string]> }).entries()) {
        store(result, name, value);
      }
      return result;
    }
    for (const name of Object.keys(headers)) {
      store(result, name, (headers as Record<string, unknown>)[name]);
    }
  } catch {
    // A hostile Headers look-alike: keep what was read.
  }
  return result;
}

function store(result: Record<string, string>, name: unknown, value: unknown): void {
  if (typeof name !== "string") return;
  let text: string | undefined;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (Array.isArray(value)) {
    const strings = value.filter((item): item is string => typeof item === "string");
    if (strings.length > 0) text = strings.join(", ");
  }
  if (text === undefined) return;
  result[name.toLowerCase()] = text.length > MAX_HEADER_VALUE ? text.slice(0, MAX_HEADER_VALUE) : text;
}
