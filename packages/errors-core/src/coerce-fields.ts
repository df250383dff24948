// What an error holds is of the types its declaration says, whatever it was given (from plain
// JavaScript too) and whatever a look-alike holds when a writer reads it: a string record for
// metadata and headers, a string or nothing for a request id, a finite number or nothing for a
// delay. Nothing here throws: a getter that throws, a Proxy, a BigInt, a cycle are read as absent.

/** `value` as text: a string as it is, a finite number or a boolean spelled out; anything else `undefined`. */
export function textOf(value: unknown): string | undefined {
  return typeof value === "string"
    ? value
    : (typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean"
      ? String(value)
      : undefined;
}

/** `read()` as text, or `undefined` when it throws or holds no text. */
export function readText(read: () => unknown): string | undefined {
  try {
    return textOf(read());
  } catch {
    return undefined;
  }
}

/** A non-negative finite number of milliseconds, or `undefined`. */
export function delayOf(value: unknown): number | undefined {
  return typeof value === "number" && value >= 0 && value < Infinity ? value : undefined;
}

/**
 * `record` when it is already a record of strings (the parsers' own, kept as it is), else a copy
 * holding its readable string entries (numbers and booleans spelled out; objects, BigInts,
 * Symbols and throwing getters left out). `undefined` when it is no object at all.
 */
export function stringRecord(record: unknown): Readonly<Record<string, string>> | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  try {
    let clean = true;
    for (const key in record) {
      if (typeof (record as Record<string, unknown>)[key] !== "string" || !Object.hasOwn(record, key)) {
        clean = false;
        break;
      }
    }
    if (clean) return record as Readonly<Record<string, string>>;
  } catch {
    // Read below, entry by entry.
  }
  const copy: Record<string, string> = Object.create(null);
  let keys: string[];
  try {
    keys = Object.keys(record);
  } catch {
    return copy;
  }
  for (const key of keys) {
    const text = readText(() => (record as Record<string, unknown>)[key]);
    if (text !== undefined) copy[key] = text;
  }
  return copy;
}
