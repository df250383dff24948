// retry and retryDelay against what a careful user and an attacker give them: a cancel at any
// moment, values whose getters throw, hooks that throw. Each would fail on the code before them.
import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const { createRetryBudget, retry, retryDelay, NOVITA_ERROR_BRAND } = core;
const { RateLimitExceededError, testErrorFromThrown: classify } = defineTestDomain(core);

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long `promise` took to settle after `from`, and how it settled. */
async function settle(promise: Promise<unknown>, from: () => number) {
  const outcome = await promise.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined as unknown, error }),
  );
  return { ...outcome, afterMs: performance.now() - from() };
}

describe("a cancel at any moment", () => {
  it("should end retry at once when it lands while fn runs and fn then fails retryably (Retry-After 60 s)", async () => {
    const controller = new AbortController();
    const before = timers();
    let abortedAt = 0;
    const pending = retry(
      async () => {
        await sleep(40);
        throw new RateLimitExceededError({ retryAfterMs: 60_000 });
      },
      { classify, signal: controller.signal },
    );
    await sleep(10);
    controller.abort();
    abortedAt = performance.now();
    const { error, afterMs } = await settle(pending, () => abortedAt);
    expect(error).toMatchObject({ name: "AbortError" });
    // Bounded work: the bound is generous for a loaded machine, the old wait was 60 s.
    expect(afterMs).toBeLessThan(2_000);
    await sleep(60); // fn's own 40 ms timer ends
    expect(timers()).toBeLessThanOrEqual(before); // none of its own left (others may end meanwhile)
  });

  it("should end retry at once when fn never settles", async () => {
    const controller = new AbortController();
    const pending = retry(() => new Promise<never>(() => {}), { classify, signal: controller.signal });
    await sleep(5);
    controller.abort(new Error("stop"));
    const abortedAt = performance.now();
    const { error, afterMs } = await settle(pending, () => abortedAt);
    expect(error).toEqual(new Error("stop"));
    expect(afterMs).toBeLessThan(2_000);
  });

  it("should end retry when the README's AbortSignal.timeout fires during a call, not after the next backoff", async () => {
    const started = performance.now();
    const pending = retry(
      async () => {
        await sleep(100);
        throw new RateLimitExceededError(); // no Retry-After: a backoff step of up to 20 s later on
      },
      { classify, signal: AbortSignal.timeout(30), attempts: 10, baseDelayMs: 20_000, random: () => 0.99 },
    );
    const { error, afterMs } = await settle(pending, () => started);
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(afterMs).toBeLessThan(2_000);
  });

  it("should reject at once, leaving no timer, when the signal is already aborted at a wait", async () => {
    const controller = new AbortController();
    const before = timers();
    const pending = retry(
      () => {
        controller.abort(); // the cancel lands inside fn, which then throws synchronously
        throw new RateLimitExceededError({ retryAfterMs: 60_000 });
      },
      { classify, signal: controller.signal },
    );
    const { error, afterMs } = await settle(pending, () => performance.now() - 0);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(afterMs).toBeLessThan(2_000);
    expect(timers()).toBeLessThanOrEqual(before); // none of its own left (others may end meanwhile)
  });
});

/** A value that carries the brand, and throws from every field `retry` and `retryDelay` read. */
function brandedWithThrowingGetters(): object {
  const boom = () => {
    throw new Error("getter");
  };
  return {
    [NOVITA_ERROR_BRAND]: true,
    domain: "test",
    code: "RATE_LIMIT_EXCEEDED",
    get retryable() {
      return boom();
    },
    get retryAfterMs() {
      return boom();
    },
    get category() {
      return boom();
    },
  };
}

const hostileProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error("trap");
      },
      has() {
        throw new Error("trap");
      },
      getPrototypeOf() {
        throw new Error("trap");
      },
    },
  );

describe("what a catch caught, whatever it is", () => {
  it("should never make retryDelay throw", () => {
    expect(retryDelay(brandedWithThrowingGetters(), 1)).toBeUndefined();
    expect(retryDelay(hostileProxy(), 1)).toBeUndefined();
    const retryableButSlowGetter = {
      [NOVITA_ERROR_BRAND]: true,
      retryable: true,
      get retryAfterMs() {
        throw new Error("x");
      },
    };
    expect(retryDelay(retryableButSlowGetter, 1)).toBeUndefined();
    const throwingOptions = {
      get baseDelayMs(): number {
        throw new Error("option");
      },
      random: () => {
        throw new Error("random");
      },
    };
    const delay = retryDelay(new RateLimitExceededError(), 2, throwingOptions);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(1000);
    expect(retryDelay(new RateLimitExceededError(), 10n as unknown as number)).toBeGreaterThanOrEqual(0);
  });

  it("should make retry reject with the value itself, never a getter's error", async () => {
    for (const value of [brandedWithThrowingGetters(), hostileProxy()]) {
      // Kept aside: returned from a callback, a Proxy would be asked for its `then`.
      let thrown: unknown;
      await retry(
        () => {
          throw value;
        },
        { classify },
      ).catch((error: unknown) => {
        thrown = error;
      });
      expect(thrown === value).toBe(true);
    }
  });

  it("should rethrow as it is what a classify that throws was given", async () => {
    const original = new TypeError("a bug");
    const thrown = await retry(
      () => {
        throw original;
      },
      {
        classify: () => {
          throw new Error("classify");
        },
      },
    ).catch((error: unknown) => error);
    expect(thrown).toBe(original);
  });
});

describe("an onRetry hook that throws", () => {
  it("should give the typed error, the hook's failure at its suppressed, and return the tokens", async () => {
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const hookFailure = new Error("the hook broke");
    for (let call = 0; call < 10; call++) {
      let calls = 0;
      const thrown = await retry(
        () => {
          calls += 1;
          throw new RateLimitExceededError({ retryAfterMs: 0 });
        },
        {
          classify,
          budget,
          onRetry: () => {
            throw hookFailure;
          },
        },
      ).catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(RateLimitExceededError);
      expect((thrown as { suppressed?: unknown }).suppressed).toBe(hookFailure);
      expect(Object.keys(thrown as object)).not.toContain("suppressed");
      expect(calls).toBe(1);
    }
    // Ten calls whose retries never ran leave the budget as it was, for everyone else.
    expect(budget.available).toBe(50);
  });
});
