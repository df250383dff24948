import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const { createRetryBudget, retry, retryDelay } = core;
const {
  RateLimitExceededError,
  ModelNotFoundError,
  createTestError,
  testErrorFromThrown: classify,
  definition,
} = defineTestDomain(core);

afterEach(() => {
  vi.useRealTimers();
});

describe("retryDelay", () => {
  it("should honour the platform's Retry-After, capped", () => {
    const asked = new RateLimitExceededError({ retryAfterMs: 2500 });
    expect(retryDelay(asked, 1)).toBe(2500);
    expect(retryDelay(asked, 7)).toBe(2500);
    expect(retryDelay(new RateLimitExceededError({ retryAfterMs: 3_600_000 }), 1)).toBe(60_000);
    expect(retryDelay(asked, 1, { maxRetryAfterMs: 1000 })).toBe(1000);
    expect(retryDelay(new RateLimitExceededError({ retryAfterMs: 0 }), 1)).toBe(0);
  });

  it("should back off exponentially with full jitter otherwise", () => {
    const error = new RateLimitExceededError();
    const top = () => 0.999_999;
    expect([1, 2, 3, 4].map((attempt) => retryDelay(error, attempt, { random: top }))).toEqual([499, 999, 1999, 3999]);
    expect(retryDelay(error, 30, { random: top })).toBe(19_999);
    expect(retryDelay(error, 3, { random: () => 0 })).toBe(0);
    expect(retryDelay(error, 3, { random: () => 0.5, baseDelayMs: 100, maxDelayMs: 300 })).toBe(150);
    // Spread: many clients failing together do not come back together.
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(error, 5)));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(0);
  });

  it("should give undefined for what is not to be retried, and survive bad options", () => {
    expect(retryDelay(new ModelNotFoundError(), 1)).toBeUndefined();
    expect(retryDelay(createTestError({ code: "ABORTED" }), 1)).toBeUndefined();
    expect(retryDelay(new Error("x"), 1)).toBeUndefined();
    expect(retryDelay(undefined, 1)).toBeUndefined();
    const error = createTestError({ code: "TIMEOUT" });
    for (const attempt of [Number.NaN, -3, 0, Infinity, 1.5]) {
      const delay = retryDelay(error, attempt, { baseDelayMs: Number.NaN, maxDelayMs: -1, random: () => 7 });
      expect(Number.isFinite(delay)).toBe(true);
    }
  });
});

describe("retry", () => {
  it("should wait each delay, tell onRetry, and return what the last attempt gave", async () => {
    vi.useFakeTimers();
    const events: unknown[] = [];
    let calls = 0;
    const pending = retry(
      () => {
        calls++;
        if (calls < 3) throw new RateLimitExceededError({ retryAfterMs: 1000 * calls });
        return "done";
      },
      { onRetry: ({ attempt, delayMs, error }) => events.push([attempt, delayMs, error.code]) },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(pending).resolves.toBe("done");
    expect(events).toEqual([
      [1, 1000, "RATE_LIMIT_EXCEEDED"],
      [2, 2000, "RATE_LIMIT_EXCEEDED"],
    ]);
  });

  it("should throw a non-retryable error at once, typed, and rethrow what is not a platform error", async () => {
    let calls = 0;
    const typed = await retry(
      () => {
        calls++;
        throw new ModelNotFoundError();
      },
      { attempts: 5 },
    ).catch((error: unknown) => error);
    expect(typed).toBeInstanceOf(ModelNotFoundError);
    expect(calls).toBe(1);
    const bug = new TypeError("x is not a function");
    await expect(
      retry(
        () => {
          throw bug;
        },
        { classify },
      ),
    ).rejects.toBe(bug);
  });

  it("should stop after its attempts, throwing the last typed error", async () => {
    vi.useFakeTimers();
    let calls = 0;
    const pending = retry(
      () => {
        calls++;
        throw new RateLimitExceededError({ retryAfterMs: 10, message: `attempt ${calls}` });
      },
      { attempts: 3 },
    ).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    expect(((await pending) as Error).message).toBe("attempt 3");
    expect(calls).toBe(3);
  });

  it("should reject bad attempts with a clear error", async () => {
    for (const attempts of [0, -1, 1.5, Number.NaN, 101]) {
      await expect(retry(() => 1, { attempts })).rejects.toThrow(/attempts must be an integer from 1 to 100/);
    }
  });
});

describe("retry against a local server", () => {
  let server: Server;
  let url = "";
  const plans = new Map<string, number[]>();
  const hits = new Map<string, number>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const name = request.url ?? "/";
      const count = (hits.get(name) ?? 0) + 1;
      hits.set(name, count);
      const status = plans.get(name)?.[count - 1] ?? 503;
      if (status === 200) {
        response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
        return;
      }
      const reason = status === 429 ? "RATE_LIMIT_EXCEEDED" : "SERVICE_UNAVAILABLE";
      response
        .writeHead(status, { "content-type": "application/json", "retry-after": status === 429 ? "1" : "0" })
        .end(JSON.stringify({ code: status, reason, message: "later" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  async function call(path: string, signal?: AbortSignal): Promise<unknown> {
    const response = await fetch(url + path, signal ? { signal } : {});
    if (!response.ok) throw await core.domainErrorFromResponse(response, definition);
    return response.json();
  }

  it("should honour a 429's Retry-After, then give the 200", async () => {
    plans.set("/429-then-200", [429, 200]);
    const started = performance.now();
    const delays: number[] = [];
    const body = await retry(() => call("/429-then-200"), {
      classify,
      onRetry: ({ delayMs }) => delays.push(delayMs),
    });
    expect(body).toEqual({ ok: true });
    expect(delays).toEqual([1000]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(hits.get("/429-then-200")).toBe(2);
  });

  it("should not multiply a 503 storm past the shared budget", async () => {
    const budget = createRetryBudget({ capacity: 20, retryCost: 5 });
    const calls = 30;
    const results = await Promise.allSettled(
      Array.from({ length: calls }, (_, index) =>
        retry(() => call(`/storm/${index}`), { classify, budget, attempts: 4, baseDelayMs: 1, maxDelayMs: 5 }),
      ),
    );
    const sent = [...hits.entries()].filter(([path]) => path.startsWith("/storm/")).reduce((sum, [, n]) => sum + n, 0);
    // Without a budget: 30 × 4 = 120 requests. With it: 30, plus the 4 retries 20 tokens pay for.
    expect(sent).toBe(calls + 4);
    expect(budget.available).toBe(0);
    for (const result of results) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason.code).toBe("SERVICE_UNAVAILABLE");
    }
  });

  it("should refill the budget on success", () => {
    const budget = createRetryBudget({ capacity: 10, retryCost: 5, timeoutCost: 8 });
    expect(budget.spend(new RateLimitExceededError())).toBe(5);
    expect(budget.spend(createTestError({ code: "TIMEOUT" }))).toBeUndefined();
    budget.refill(5);
    expect(budget.available).toBe(10);
    expect(budget.spend(createTestError({ code: "TIMEOUT" }))).toBe(8);
    budget.refill(0);
    expect(budget.available).toBe(3);
  });

  it("should end at once when the caller cancels during a wait", async () => {
    plans.set("/cancelled", [429, 200]);
    const controller = new AbortController();
    const started = performance.now();
    const pending = retry(() => call("/cancelled", controller.signal), {
      classify,
      signal: controller.signal,
      onRetry: () => setTimeout(() => controller.abort(), 20),
    });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(900);
    expect(hits.get("/cancelled")).toBe(1);
  });
});
