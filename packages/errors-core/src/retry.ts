import { isNovitaError } from "./is-novita-error.js";
import type { NovitaError } from "./novita-error.js";
import type { RetryBudget } from "./retry-budget.js";
import { type RetryDelayOptions, retryDelay } from "./retry-delay.js";
import type { ThrownErrorOptions } from "./thrown-error-options.js";

/** What `retry` tells its `onRetry` hook before each wait. @public */
export interface RetryEvent {
  /** The typed error of the attempt that failed. */
  readonly error: NovitaError;
  /** Which attempt failed: 1 for the first call. */
  readonly attempt: number;
  /** How long `retry` now waits before the next attempt. */
  readonly delayMs: number;
}

/** How `retry` runs. Every field is optional. @public */
export interface RetryOptions extends RetryDelayOptions {
  /** How many attempts in all, the first call included: 3. An integer from 1 to 100. */
  readonly attempts?: number | undefined;
  /**
   * Ends the retries: a cancel at any moment, during a call or a wait, rejects at once with the
   * signal's reason, and leaves no timer behind.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * Turns what `fn` threw into a typed error: a domain's `xxxErrorFromThrown`, which is given
   * `retry`'s `signal` too. What it gives `undefined` for is rethrown as it is, never retried.
   * Without it, only errors of ours are retried.
   */
  readonly classify?: ((thrown: unknown, options: ThrownErrorOptions) => NovitaError | undefined) | undefined;
  /**
   * Called before each wait, for logs and metrics. If it throws, `retry` stops there: it throws
   * the typed error, with what the hook threw as its `suppressed`, and gives the retry's tokens
   * back to the budget.
   */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /** A budget shared across calls (`createRetryBudget`): when it is spent, failures are thrown at once. */
  readonly budget?: RetryBudget | undefined;
}

/** Waits `ms`; a cancel, before or during the wait, rejects at once with the signal's reason and clears the timer. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener("abort", cancel);
      resolve();
    };
    // setTimeout takes at most 2^31 − 1 ms.
    const timer = setTimeout(done, Math.min(ms, 2_147_483_647));
    const cancel = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", cancel, { once: true });
  });
}

/**
 * What `fn(attempt)` gives, or, as soon as the signal aborts, its reason: a cancel during a call
 * (a request, its body read) ends `retry` then, not when `fn` gets round to settling.
 */
function attemptUntilCancelled<T>(
  fn: (attempt: number) => T | PromiseLike<T>,
  attempt: number,
  signal: AbortSignal | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = () => reject(signal?.reason);
    signal?.addEventListener("abort", cancel, { once: true });
    const settle =
      <V>(finish: (value: V) => void) =>
      (value: V) => {
        signal?.removeEventListener("abort", cancel);
        finish(value);
      };
    try {
      Promise.resolve(fn(attempt)).then(settle(resolve), settle(reject));
    } catch (thrown) {
      settle(reject)(thrown);
    }
  });
}

/** `error`, with `suppressed` (what failed while handling it) as a non-enumerable own property. */
function withSuppressed(error: NovitaError, suppressed: unknown): NovitaError {
  safely(() => Object.defineProperty(error, "suppressed", { value: suppressed, configurable: true, writable: true }));
  return error;
}

/** `read()`, or `undefined` when it throws: a caught value may hold getters that throw, or be a Proxy. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Runs `fn`, and runs it again while what it throws is a retryable platform
 * error, waiting `retryDelay` between attempts (the platform's Retry-After
 * when it said one, capped; full-jitter backoff otherwise). Throws the typed
 * error at once when it is not retryable (a cancel of the caller's, `ABORTED`,
 * never is), when the attempts are spent, or when the shared `budget` is;
 * rethrows as it is anything `classify` does not recognise (a bug in `fn`).
 *
 * Do not stack it on a client's own retries: give the client `maxRetries: 0`
 * (the `openai` SDK, the AI SDK), or let the client retry and leave this out.
 *
 * @param fn - the call; it gets the attempt's number, from 1
 *
 * @example
 * ```ts
 * const completion = await retry(() => client.chat.completions.create(request), {
 *   classify: llmErrorFromThrown,
 *   attempts: 4,
 * });
 * ```
 *
 * @public
 */
export async function retry<T>(fn: (attempt: number) => T | PromiseLike<T>, options?: RetryOptions): Promise<T> {
  const attempts = options?.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 100) {
    throw new RangeError(`retry: attempts must be an integer from 1 to 100, not ${String(attempts)}`);
  }
  const signal = options?.signal;
  const budget = options?.budget;
  let spent = 0;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    let result: T;
    try {
      result = await attemptUntilCancelled(fn, attempt, signal);
    } catch (thrown) {
      // A cancel wins over whatever the call threw after it.
      if (signal?.aborted) throw signal.reason;
      // What cannot be read as a typed error (getters that throw, a Proxy) is rethrown as it is.
      const error = safely(() => (isNovitaError(thrown) ? thrown : options?.classify?.(thrown, options)));
      if (error === undefined) throw thrown;
      const delayMs = attempt < attempts ? retryDelay(error, attempt, options) : undefined;
      if (delayMs === undefined) throw error;
      const cost = budget === undefined ? 0 : safely(() => budget.spend(error));
      if (cost === undefined) throw error;
      try {
        options?.onRetry?.({ error, attempt, delayMs });
      } catch (hookFailure) {
        // The retry never runs: its tokens go back, and the caller gets the typed error, with
        // what the hook threw as its `suppressed`.
        if (cost > 0) safely(() => budget?.refill(cost));
        throw withSuppressed(error, hookFailure);
      }
      spent += cost;
      await wait(delayMs, signal);
      continue;
    }
    if (budget !== undefined) safely(() => budget.refill(spent));
    return result;
  }
}
