import { isNovitaError } from "./is-novita-error.js";

/** How `retryDelay` (and `retry`) space the attempts. Every field is optional. @public */
export interface RetryDelayOptions {
  /** The backoff of the first retry, before jitter: 500 ms. Doubles with each attempt. */
  readonly baseDelayMs?: number | undefined;
  /** The most a backoff grows to, before jitter: 20 s. */
  readonly maxDelayMs?: number | undefined;
  /** The most of the platform's Retry-After that is honoured: 60 s. A longer ask waits this long. */
  readonly maxRetryAfterMs?: number | undefined;
  /** A number in [0, 1), for the jitter: `Math.random` unless given (tests give their own). */
  readonly random?: (() => number) | undefined;
}

/** `value` when it is a finite, non-negative number (milliseconds, tokens), else `fallback`. */
export function nonNegative(value: number | undefined, fallback: number): number {
  return typeof value === "number" && value >= 0 && value < Infinity ? value : fallback;
}

/**
 * How long to wait before the next attempt, in milliseconds, or `undefined`
 * when `error` is not to be retried (not one of ours, or not `retryable`).
 * The platform's Retry-After (`retryAfterMs`) when it said one, capped by
 * `maxRetryAfterMs`; otherwise exponential backoff with full jitter: a random
 * delay between 0 and `min(maxDelayMs, baseDelayMs × 2^(attempt − 1))`, so
 * that clients failing together do not retry together. Never throws.
 *
 * @param error - what the failed attempt threw, typed (`llmErrorFromThrown(thrown)`)
 * @param attempt - which attempt failed: 1 for the first call
 *
 * @example
 * ```ts
 * const delay = retryDelay(error, attempt);
 * if (delay === undefined) throw error;
 * await new Promise((resolve) => setTimeout(resolve, delay));
 * ```
 *
 * @public
 */
export function retryDelay(error: unknown, attempt: number, options?: RetryDelayOptions): number | undefined {
  let asked: unknown;
  try {
    if (!isNovitaError(error) || error.retryable !== true) return undefined;
    asked = error.retryAfterMs;
  } catch {
    return undefined; // getters that throw, a Proxy: what cannot be read is not retried
  }
  // Options are read as data: one whose getter (or `random`) throws counts as not given.
  const option = <K extends keyof RetryDelayOptions>(key: K) => {
    try {
      return options?.[key];
    } catch {
      return undefined;
    }
  };
  if (typeof asked === "number" && asked >= 0) return Math.min(asked, nonNegative(option("maxRetryAfterMs"), 60_000));
  const step = Math.max(1, Math.min(Math.floor(typeof attempt === "number" ? attempt : 1) || 1, 64));
  const ceiling = Math.min(
    nonNegative(option("maxDelayMs"), 20_000),
    nonNegative(option("baseDelayMs"), 500) * 2 ** (step - 1),
  );
  let random: unknown;
  try {
    random = (option("random") ?? Math.random)();
  } catch {
    random = Math.random();
  }
  return Math.floor(ceiling * (typeof random === "number" && random >= 0 && random < 1 ? random : 0));
}
