// What an error holds is of the types its declaration says, whatever it was given (from plain
// JavaScript too) and whatever a look-alike holds when a writer reads it: a string record for
// metadata and headers, a string or nothing for a request id, a finite number or nothing for a
// delay. Nothing here throws: a getter that throws, a Proxy, a BigInt, a cycle are read as absent.

/** `value` as text: a string as it is, a number spelled out; anything else `undefined`. */
export function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
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
 * A copy of the string entries of `record` (objects, numbers, BigInts, Symbols and what a getter
 * that throws hides left out), or `undefined` when it is no object at all. A copy, so that what
 * an error holds is its own: a cycle or a getter in the caller's object is never reached again.
 */
export function stringRecord(record: unknown): Record<string, string> | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const copy: Record<string, string> = Object.create(null); // a "__proto__" key is kept as a key
  try {
    for (const key of Object.keys(record)) {
      const value = (record as Record<string, unknown>)[key];
      if (typeof value === "string") copy[key] = value;
    }
  } catch {
    // What was read stays.
  }
  return copy;
}
