import type { NovitaError } from "./novita-error.js";
import { nonNegative } from "./retry-delay.js";

/**
 * A retry budget shared by the calls that use it: a token bucket, as in the
 * AWS SDK's standard retry strategy. A retry spends tokens (a timeout more), a
 * success puts back what its retries spent (or one token when it needed
 * none), and when the bucket is empty failures are thrown at once: during an
 * outage a fleet sends each request about once, not `attempts` times.
 *
 * @public
 */
export interface RetryBudget {
  /** The tokens left. */
  readonly available: number;
  /** Takes the tokens one retry of `error` costs: how many, or `undefined` when too few are left. */
  spend(error: NovitaError): number | undefined;
  /** A call that succeeded, after retries that spent `spent` tokens: puts them back (one token when 0). */
  refill(spent: number): void;
}

/** The size and prices of a retry budget. Every field is optional. @public */
export interface RetryBudgetOptions {
  /** The tokens it holds, and starts with: 500. */
  readonly capacity?: number | undefined;
  /** What a retry costs: 5. */
  readonly retryCost?: number | undefined;
  /** What a retry after a timeout costs: 10 (a timing-out service is the one most hurt by more load). */
  readonly timeoutCost?: number | undefined;
}

/**
 * A new retry budget, to share between every `retry` call to a service (pass
 * it as `budget`).
 *
 * @example
 * ```ts
 * const budget = createRetryBudget();
 * const answer = await retry(() => callTheApi(), { classify: llmErrorFromThrown, budget });
 * ```
 *
 * @public
 */
export function createRetryBudget(options?: RetryBudgetOptions): RetryBudget {
  const capacity = nonNegative(options?.capacity, 500);
  const retryCost = nonNegative(options?.retryCost, 5);
  const timeoutCost = nonNegative(options?.timeoutCost, 10);
  let available = capacity;
  return {
    get available() {
      return available;
    },
    spend(error) {
      const cost = error.category === "timeout" ? timeoutCost : retryCost;
      if (cost > available) return undefined;
      available -= cost;
      return cost;
    },
    refill(spent) {
      available = Math.min(capacity, available + (spent > 0 ? spent : 1));
    },
  };
}
