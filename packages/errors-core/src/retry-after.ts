/**
 * The delay a `Retry-After` header asks for, in milliseconds: delta-seconds
 * (`"120"`, `"1.5"`) or an HTTP-date. Garbage, a negative or non-finite value
 * gives `undefined`; a date in the past gives 0; anything beyond a day is
 * capped at a day.
 *
 * @param value - the header's value
 * @param now - the current time in ms since the epoch (for HTTP-dates)
 *
 * @example
 * ```ts
 * parseRetryAfter("2"); // 2000
 * parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT")); // 60000
 * parseRetryAfter("soon"); // undefined
 * ```
 *
 * @public
 */
export function parseRetryAfter(value: string | null | undefined, now?: number): number | undefined {
  const text = typeof value === "string" ? value.trim() : "";
  // An HTTP-date always starts with a day name: this refuses signed numbers
  // and the other strings Date.parse would accept.
  return /^[A-Za-z]{3,9},? /.test(text) && text.length < 64
    ? clamp(Date.parse(text) - (now ?? Date.now()))
    : parseDelay(text, 1000);
}

/**
 * A delay of unsigned decimal units (seconds for `Retry-After`, milliseconds
 * for OpenAI's `retry-after-ms`) in milliseconds, capped at a day: 1 to 12
 * digits, optionally a dot and 1 to 6 more; or a non-negative number.
 *
 * @internal
 */
export function parseDelay(value: unknown, unitMs: number): number | undefined {
  // A number is an error's own `retryAfterMs`, as `JSON.stringify` wrote it.
  if (typeof value === "number") return value >= 0 ? clamp(value * unitMs) : undefined;
  const text = typeof value === "string" ? value.trim() : "";
  return /^\d{1,12}(\.\d{1,6})?$/.test(text) ? clamp(Number(text) * unitMs) : undefined;
}

function clamp(ms: number): number | undefined {
  return Number.isNaN(ms) ? undefined : Math.round(Math.min(Math.max(ms, 0), 86_400_000));
}
