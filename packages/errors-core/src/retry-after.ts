const MAX_DELAY_MS = 86_400_000; // a day

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
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "" || text.length > 64) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return clamp(Number(text) * 1000);
  // An HTTP-date always names a day and a year; this refuses bare numbers
  // with a sign and other strings Date.parse would accept.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return clamp(date - now);
}

/**
 * The delay from OpenAI's `retry-after-ms` header (milliseconds), which takes
 * precedence over `Retry-After` when both are present.
 *
 * @internal
 */
export function parseRetryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  return /^\d+(\.\d+)?$/.test(text) ? clamp(Number(text)) : undefined;
}

function clamp(ms: number): number | undefined {
  if (!Number.isFinite(ms)) return undefined;
  return Math.round(Math.min(Math.max(ms, 0), MAX_DELAY_MS));
}
