// Property-based: hostile values of every kind through every public function
// that takes user input, in every domain, through the built packages as
// consumers load them. Nothing throws, nothing rejects, nothing hangs, and
// everything an error keeps stays within the documented bounds.
import vm from "node:vm";
import * as core from "@novita/errors-core";
import * as toolkit from "@novita/errors-core/internal";
import { taskFailedErrorFromResult } from "@novita/errors-media";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOMAINS, domainApi, esm } from "./packages.js";

const { MAX_ENTRIES, MAX_IDENTIFIER, MAX_KEY, MAX_TEXT, NOVITA_ERROR_BRAND } = core;
const foreignRealm = vm.createContext({});

const trap = (): never => {
  throw new Error("trap");
};

/** Wraps a value in a Proxy whose chosen traps throw. */
const throwingProxy = fc
  .record({
    get: fc.boolean(),
    has: fc.boolean(),
    ownKeys: fc.boolean(),
    getPrototypeOf: fc.boolean(),
    getOwnPropertyDescriptor: fc.boolean(),
  })
  .map((traps) => {
    const handler: ProxyHandler<object> = {};
    for (const [name, throws] of Object.entries(traps)) {
      if (throws) (handler as Record<string, unknown>)[name] = trap;
    }
    return () => new Proxy({ status: 429, body: "{}", reason: "X" }, handler);
  });

const revoked = fc.constant(() => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return revocable.proxy;
});

/** An object whose named members are getters that throw. */
const throwingGetters = fc
  .subarray(["status", "body", "headers", "code", "domain", "message", "metadata", "error", "task", "stack"], {
    minLength: 1,
  })
  .map((names) => () => {
    const value: Record<string | symbol, unknown> = { [NOVITA_ERROR_BRAND]: true };
    for (const name of names) Object.defineProperty(value, name, { get: trap, enumerable: true });
    return value;
  });

const cyclic = fc.jsonValue().map((inner) => () => {
  const value: Record<string, unknown> = { reason: "RATE_LIMIT_EXCEEDED", inner };
  value.self = value;
  value.metadata = value;
  value.error = value;
  return value;
});

const otherRealm = fc
  .jsonValue()
  .map(
    (inner) => () =>
      vm.runInContext(
        `({ body: ${JSON.stringify(JSON.stringify({ reason: "X", inner }))}, status: 400, headers: new Map([["x-request-id", "r"]]), error: new Error("x") })`,
        foreignRealm,
      ),
  );

const hugeStrings = fc.constantFrom("k", "v", "{", "<title", '"').map((unit) => () => unit.repeat(200_000));

const lookAlike = fc
  .record(
    {
      domain: fc.constantFrom(...DOMAINS),
      code: fc.oneof(fc.string(), fc.constant("RATE_LIMIT_EXCEEDED")),
      status: fc.anything(),
      message: fc.anything(),
      metadata: fc.anything(),
      headers: fc.anything(),
      requestId: fc.anything(),
      retryAfterMs: fc.anything(),
    },
    { requiredKeys: [] },
  )
  .map((fields) => () => ({ ...fields, [NOVITA_ERROR_BRAND]: true, toJSON: trap }));

/** A value as it is (made by fast-check), or one built by a factory (hostile ones: fast-check itself looks into each generated value, which they would break). */
const plain = <T>(arbitrary: fc.Arbitrary<T>) => arbitrary.map((value) => () => value);

const hostile: fc.Arbitrary<() => unknown> = fc.oneof(
  plain(fc.anything()),
  throwingProxy,
  revoked,
  throwingGetters,
  cyclic,
  otherRealm,
  hugeStrings,
  lookAlike,
  plain(fc.record({ status: fc.anything(), body: fc.anything(), headers: fc.anything() }, { requiredKeys: [] })),
  fc
    .tuple(fc.anything(), fc.oneof(throwingProxy, cyclic, hugeStrings), throwingProxy)
    .map(([status, body, headers]) => () => ({ status, body: body(), headers: headers() })),
);

/** The documented bounds on what an error keeps. */
function expectBounded(error: Record<string, unknown>): void {
  expect(typeof error.code).toBe("string");
  expect((error.code as string).length).toBeLessThanOrEqual(MAX_IDENTIFIER);
  expect((error.message as string).length).toBeLessThanOrEqual(MAX_TEXT + 64);
  if (error.requestId !== undefined) expect((error.requestId as string).length).toBeLessThanOrEqual(MAX_IDENTIFIER);
  for (const record of [error.metadata, error.headers] as Record<string, unknown>[]) {
    const keys = Object.keys(record);
    expect(keys.length).toBeLessThanOrEqual(MAX_ENTRIES);
    for (const key of keys) {
      expect(key.length).toBeLessThanOrEqual(MAX_KEY);
      expect(typeof record[key]).toBe("string");
      expect((record[key] as string).length).toBeLessThanOrEqual(MAX_TEXT);
    }
  }
  for (const key of Object.keys(error.headers as object)) expect(key).not.toMatch(/authorization|cookie/i);
  expect(() => JSON.stringify(error)).not.toThrow();
  expect(() => String(error)).not.toThrow();
}

describe("hostile values through every public function", () => {
  for (const domain of DOMAINS) {
    const api = domainApi(esm[domain] as Record<string, unknown>, domain);
    const classes = Object.values(esm[domain] as Record<string, unknown>).filter(
      (value): value is new () => Error =>
        typeof value === "function" && Object.hasOwn(value, "entry") && value !== api.Base,
    );

    it(`should never make the ${domain} parser and guards throw, and keep the bounds`, () => {
      fc.assert(
        fc.property(hostile, fc.constantFrom(...classes), (make, Class) => {
          const value = make();
          expect(typeof api.is(value)).toBe("boolean");
          expect(typeof api.is(value, "RATE_LIMIT_EXCEEDED")).toBe("boolean");
          expect(typeof core.isNovitaError(value)).toBe("boolean");
          expect(typeof (value instanceof api.Base)).toBe("boolean");
          expect(value instanceof Class).toBe(false);
          const error = api.parse(value);
          expect(error).toBeInstanceOf(api.Base);
          // Only an error this copy built comes back as it is; the generated values never are one.
          expect(error === value).toBe(false);
          expectBounded(error);
          // What a catch caught: a typed error within the bounds, or undefined; never a throw.
          const caught = api.fromThrown(value);
          if (caught !== undefined) {
            expect(caught).toBeInstanceOf(api.Base);
            expectBounded(caught);
          }
        }),
        { numRuns: 150 },
      );
    }, 60_000);
  }

  it("should never make the core readers throw", () => {
    fc.assert(
      fc.property(hostile, (make) => {
        const value = make();
        const info = core.readWireError(value as core.WireErrorInput);
        expect(info.status).toBeGreaterThanOrEqual(400);
        expect(Object.keys(core.pickSafeHeaders(value)).length).toBeLessThanOrEqual(MAX_ENTRIES);
        expect(toolkit.toWireErrorSource(value)).toHaveProperty("input");
        expect(["number", "undefined"]).toContain(typeof core.parseRetryAfter(value as string));
        expect(typeof toolkit.isDocumentedError(value)).toBe("boolean");
        expect(typeof toolkit.isDomainError(value, "gpu", "UNKNOWN")).toBe("boolean");
        const failure = taskFailedErrorFromResult(value, value as string);
        if (failure !== undefined) expectBounded(failure as unknown as Record<string, unknown>);
        const task = taskFailedErrorFromResult({
          task: { status: "TASK_STATUS_FAILED", task_id: value, reason: value },
        });
        expectBounded(task as unknown as Record<string, unknown>);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("should settle every response-like within its deadline, whatever its body", async () => {
    const chunk = fc.oneof(fc.uint8Array(), fc.string(), fc.anything(), fc.constant(new Uint8Array(0)));
    const body: fc.Arbitrary<() => unknown> = fc.oneof(
      plain(fc.anything()),
      throwingProxy,
      revoked,
      // A reader that answers at once forever, or never, with any chunk; a cancel that misbehaves.
      fc
        .record({ chunk, never: fc.boolean(), cancelThrows: fc.boolean() })
        .map(({ chunk, never, cancelThrows }) => () => ({
          getReader: () => ({
            read: () => (never ? new Promise(() => {}) : Promise.resolve({ done: false, value: chunk })),
            cancel: cancelThrows ? trap : () => 1,
          }),
        })),
      fc.array(chunk, { maxLength: 5 }).map((chunks) => () => ({
        async *[Symbol.asyncIterator]() {
          yield* chunks;
        },
      })),
    );
    const responseLike = fc
      .record({
        status: fc.anything(),
        headers: fc.oneof(plain(fc.anything()), throwingProxy),
        body,
        bodyUsed: fc.anything(),
        text: fc.constantFrom(trap, () => Promise.resolve("x".repeat(100_000)), undefined),
      })
      .map((parts) => () => ({ ...parts, headers: parts.headers(), body: parts.body() }));
    await fc.assert(
      fc.asyncProperty(responseLike, fc.constantFrom(...DOMAINS), async (make, domain) => {
        const module = esm[domain] as Record<string, unknown>;
        const api = domainApi(module, domain);
        const fromResponse = module[`${domain}ErrorFromResponse`] as (
          response: unknown,
          options: object,
        ) => Promise<Record<string, unknown>>;
        const error = await fromResponse(make(), { timeoutMs: 20, maxBytes: 1024 });
        expect(error).toBeInstanceOf(api.Base);
        expectBounded(error);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
