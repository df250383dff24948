// Property tests of the surfaces issue 18 attacked: retry and retryDelay (any thrown value, any
// option, any signal timing), every writer on any hand-built error, and no credential in any
// written or printed form for generated secrets in every field of a wire error.
import { validateHeaderValue } from "node:http";
import util from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const { RateLimitExceededError, createTestError, testErrorFromThrown: classify, definition } = defineTestDomain(core);

const hostile = fc.constantFrom(
  () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        has: () => {
          throw new Error("trap");
        },
      },
    ),
  () => ({
    [core.NOVITA_ERROR_BRAND]: true,
    get retryable() {
      throw new Error("getter");
    },
  }),
  () =>
    Object.defineProperty(new RateLimitExceededError(), "retryAfterMs", {
      get() {
        throw new Error("getter");
      },
    }),
);
/** Makers of thrown values: a Proxy is made inside the property, where fast-check never looks at it. */
const thrownValue = fc.oneof(
  fc.anything().map((value) => () => value),
  hostile,
  fc
    .record({ retryAfterMs: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) })
    .map((options) => () => new RateLimitExceededError(options)),
  fc.constant(() => new DOMException("aborted", "AbortError")),
);
const anyOption = fc.oneof(fc.anything(), fc.integer({ min: -5, max: 5 }), fc.constant(Number.NaN), fc.constant(5n));

describe("retryDelay, on anything", () => {
  it("should never throw, and give undefined or a delay within the caps", () => {
    fc.assert(
      fc.property(
        thrownValue,
        fc.oneof(fc.integer({ min: -3, max: 100 }), fc.anything()),
        fc.record(
          { baseDelayMs: anyOption, maxDelayMs: anyOption, maxRetryAfterMs: anyOption, random: anyOption },
          { requiredKeys: [] },
        ),
        (makeError, attempt, options) => {
          const delay = core.retryDelay(makeError(), attempt as number, options as root.RetryDelayOptions);
          if (delay !== undefined) {
            expect(Number.isFinite(delay)).toBe(true);
            expect(delay).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("retry, on anything fn throws, with any signal timing", () => {
  it("should settle with the value thrown, a typed error or the signal's reason, and never hang", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(thrownValue, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
        fc.boolean(),
        async (makers, attempts, abortAfterMs, hookThrows) => {
          const values = makers.map((make) => make());
          const controller = new AbortController();
          const timer = abortAfterMs === undefined ? undefined : setTimeout(() => controller.abort(), abortAfterMs);
          let calls = 0;
          const budget = core.createRetryBudget({ capacity: 20, retryCost: 5 });
          // Kept aside, not returned: returned, a Proxy would be asked for its `then`.
          let outcome: unknown = "resolved";
          await core
            .retry(
              async () => {
                const value = values[Math.min(calls++, values.length - 1)];
                await new Promise((resolve) => setTimeout(resolve, 1));
                throw value;
              },
              {
                attempts,
                classify,
                signal: controller.signal,
                budget,
                baseDelayMs: 2,
                maxDelayMs: 4,
                maxRetryAfterMs: 5,
                onRetry: () => {
                  if (hookThrows) throw new Error("hook");
                },
              },
            )
            .catch((error: unknown) => {
              outcome = error;
            });
          clearTimeout(timer);
          // Compared by identity only: a Proxy's traps throw on any other look.
          const allowed =
            values.some((value) => value === outcome) ||
            core.isNovitaError(outcome) ||
            outcome === controller.signal.reason;
          expect(allowed).toBe(true);
          expect(calls).toBeLessThanOrEqual(attempts);
          expect(budget.available).toBeLessThanOrEqual(20);
          if (hookThrows) expect(budget.available).toBe(20);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

const handBuiltOptions = fc.record(
  {
    message: fc.oneof(fc.string(), fc.integer()),
    status: fc.anything(),
    code: fc.anything(),
    requestId: fc.oneof(fc.string(), fc.anything(), fc.constant(5n)),
    retryAfterMs: fc.oneof(fc.double(), fc.constant(5n), fc.anything()),
    metadata: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
    headers: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
    cause: fc.anything(),
  },
  { requiredKeys: [] },
);

describe("every writer, on any hand-built error", () => {
  it("should never throw, and write valid JSON and valid header values", () => {
    fc.assert(
      fc.property(handBuiltOptions, fc.boolean(), fc.anything(), (options, documented, status) => {
        const error = documented
          ? new RateLimitExceededError(options as root.NovitaErrorOptions)
          : createTestError(options as root.DomainErrorOptions);
        expect(() => core.toPlatformBody(error)).not.toThrow();
        for (const written of [
          core.toWireResponse(error),
          core.toProblemResponse(error, { status: status as number }),
          core.toProblemResponse(error, { detail: false, metadata: false }),
        ]) {
          expect(() => JSON.parse(written.body)).not.toThrow();
          for (const value of Object.values(written.headers))
            expect(() => validateHeaderValue("x", value)).not.toThrow();
        }
        expect(() => JSON.stringify(error)).not.toThrow();
        expect(() => String(error)).not.toThrow();
        expect(() => util.inspect(error)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});

/** A generated secret, and the part of it that must never be printed. */
const secret = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{16,40}$/).map((body) => ({ text: `sk-proj-${body}`, core: body.slice(0, 12) })),
  fc.stringMatching(/^[A-Za-z0-9]{16,40}$/).map((body) => ({ text: `sk_live_${body}`, core: body.slice(0, 12) })),
  fc
    .tuple(fc.stringMatching(/^[A-Za-z0-9_-]{12,30}$/), fc.stringMatching(/^[A-Za-z0-9_-]{12,30}$/))
    .map(([claims, signature]) => ({ text: `eyJhbGciOiJIUzI1NiJ9.eyJ${claims}.${signature}`, core: `eyJ${claims}` })),
  fc
    .tuple(fc.integer({ min: 1, max: 300 }), fc.stringMatching(/^[A-Za-z0-9]{16,40}$/))
    .map(([spaces, token]) => ({ text: `Bearer${" ".repeat(spaces)}${token}`, core: token.slice(0, 12) })),
  fc
    .stringMatching(/^[A-Za-z0-9]{16,40}$/)
    .map((key) => ({ text: `https://h.example/v1?api_key=${key}`, core: key.slice(0, 12) })),
);
const around = fc.tuple(fc.constantFrom("", "rejected: ", "key was "), fc.constantFrom("", ".", " (check it)"));

describe("no credential in any written or printed form", () => {
  it("should hold for a secret in the message, reason, metadata key and value, request id and a text body", () => {
    fc.assert(
      fc.property(
        secret,
        around,
        fc.constantFrom("message", "reason", "metaKey", "metaValue", "requestId", "text"),
        (key, [before, after], field) => {
          const text = `${before}${key.text}${after}`;
          const body =
            field === "text"
              ? `upstream said: ${text}`
              : {
                  code: 401,
                  reason: field === "reason" ? text : "INVALID_API_KEY",
                  message: field === "message" ? text : "denied",
                  metadata: field === "metaKey" ? { [text]: "v" } : field === "metaValue" ? { k: text } : {},
                };
          const headers = field === "requestId" ? { "x-request-id": text } : {};
          const error = core.parseDomainError({ status: 401, body, headers }, definition);
          const cause = Object.assign(new Error(`client: ${text}`), { body: text });
          const withCause = createTestError({ code: error.code, message: error.message, cause });
          for (const printed of [
            String(error),
            JSON.stringify(error),
            util.inspect(error, { depth: 5 }),
            util.inspect(withCause, { depth: 5 }),
            util.inspect(withCause, { depth: 5, customInspect: false }),
            core.toWireResponse(error).body,
            JSON.stringify(core.toWireResponse(error).headers),
            core.toProblemResponse(error).body,
          ]) {
            expect(printed).not.toContain(key.core);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
