import { isNovitaError } from "./is-novita-error.js";
import type { NovitaError } from "./novita-error.js";
import type { RetryBudget } from "./retry-budget.js";
import { type RetryDelayOptions, retryDelay } from "./retry-delay.js";

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
  /** Ends the retries: a cancel during a wait rejects at once, with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Turns what `fn` threw into a typed error: a domain's `xxxErrorFromThrown`.
   * What it gives `undefined` for is rethrown as it is, never retried.
   * Without it, only errors of ours are retried.
   */
  readonly classify?: ((thrown: unknown) => NovitaError | undefined) | undefined;
  /** Called before each wait, for logs and metrics. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /** A budget shared across calls (`createRetryBudget`): when it is spent, failures are thrown at once. */
  readonly budget?: RetryBudget | undefined;
}

/** Waits `ms`, or rejects at once with the signal's reason when it aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
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
      result = await fn(attempt);
    } catch (thrown) {
      const error = isNovitaError(thrown) ? thrown : options?.classify?.(thrown);
      if (error === undefined) throw thrown;
      const delayMs = attempt < attempts ? retryDelay(error, attempt, options) : undefined;
      const cost = delayMs === undefined ? undefined : budget === undefined ? 0 : budget.spend(error);
      if (delayMs === undefined || cost === undefined) throw error;
      spent += cost;
      options?.onRetry?.({ error, attempt, delayMs });
      await wait(delayMs, signal);
      continue;
    }
    budget?.refill(spent);
    return result;
  }
}
