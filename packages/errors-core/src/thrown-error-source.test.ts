// What a catch caught, for the shapes of the platform itself (Node's fetch,
// Response, AbortSignal). Each client's own errors are tested with the real
// client in packages/interop.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineOtherDomain, defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const {
  TestError,
  RateLimitExceededError,
  createTestError,
  testErrorFromThrown: fromThrown,
  definition,
} = defineTestDomain(core);
const { MediaRateLimitExceededError } = defineOtherDomain(core);

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (thrown) {
    return thrown;
  }
  throw new Error("expected a failure");
}

let slowUrl = "";
let closedUrl = "";
const slow = createServer((_, response) => {
  setTimeout(() => response.end("{}"), 2_000).unref();
});

beforeAll(async () => {
  await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
  slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
  // A port that was just free: nothing listens there.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(() => {
  slow.closeAllConnections();
  slow.close();
});

describe("failures without an answer", () => {
  it("should give CONNECTION_ERROR, status 0, retryable, for fetch on a closed port", async () => {
    const thrown = await caught(() => fetch(closedUrl));
    const error = fromThrown(thrown);
    expect(error).toBeInstanceOf(TestError);
    expect(error?.code).toBe("CONNECTION_ERROR");
    expect(error?.status).toBe(0);
    expect(error?.category).toBe("network");
    expect(error?.retryable).toBe(true);
    expect(error?.cause).toBe(thrown);
    expect(error?.message).toBe("No connection to the API (refused, reset, DNS, TLS): fetch failed, ECONNREFUSED");
    expect(error?.message).not.toContain("HTTP");
  });

  it("should give TIMEOUT for an AbortSignal.timeout deadline", async () => {
    const thrown = await caught(() => fetch(slowUrl, { signal: AbortSignal.timeout(50) }));
    const error = fromThrown(thrown);
    expect(error?.code).toBe("TIMEOUT");
    expect(error?.status).toBe(0);
    expect(error?.category).toBe("timeout");
    expect(error?.retryable).toBe(true);
  });

  it("should give ABORTED, not retryable, for a cancel by the caller", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = fromThrown(await caught(() => fetch(slowUrl, { signal: controller.signal })));
    expect(error?.code).toBe("ABORTED");
    expect(error?.category).toBe("cancelled");
    expect(error?.retryable).toBe(false);
  });

  it("should build the client-side codes by hand, and read them back from JSON", () => {
    const error = createTestError({ code: "TIMEOUT" });
    expect([error.status, error.category, error.retryable]).toEqual([0, "timeout", true]);
    expect(error.description).toBe(core.clientErrorCatalog.TIMEOUT.description);
    const back = core.parseDomainError(JSON.parse(JSON.stringify(error)), definition);
    expect([back.code, back.status, back.category]).toEqual(["TIMEOUT", 0, "timeout"]);
  });
});

describe("what is no failure of a call", () => {
  it("should give undefined for a bug in the caller's own code", () => {
    let thrown: unknown;
    try {
      (undefined as unknown as { x: () => void }).x();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(fromThrown(thrown)).toBeUndefined();
    expect(fromThrown(new RangeError("bad index"))).toBeUndefined();
    expect(fromThrown(new Error("something", { cause: new Error("deeper") }))).toBeUndefined();
  });

  it("should give undefined for values that are no errors", () => {
    for (const value of [undefined, null, 0, "", "fetch failed", 429, {}, [], Symbol("x"), () => 1]) {
      expect(fromThrown(value)).toBeUndefined();
    }
  });

  it("should give undefined for an error of another domain, and the error itself for one of its own", () => {
    expect(fromThrown(new MediaRateLimitExceededError())).toBeUndefined();
    const own = new RateLimitExceededError();
    expect(fromThrown(own)).toBe(own);
  });

  it("should give undefined for hostile values, without throwing", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = new Proxy(new Error("x"), {
      get() {
        throw new Error("trap");
      },
    });
    const getter = Object.defineProperty(new Error("x"), "cause", {
      get() {
        throw new Error("getter");
      },
    });
    for (const value of [revoked.proxy, throwing, getter]) expect(fromThrown(value)).toBeUndefined();
  });

  it("should not loop on a cycle of causes", () => {
    const a: Error & { cause?: unknown } = new Error("a");
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(fromThrown(a)).toBeUndefined();
    const c = Object.assign(new Error("c"), { code: "ECONNRESET" });
    const d = new Error("d", { cause: c });
    c.cause = d;
    expect(fromThrown(d)?.code).toBe("CONNECTION_ERROR");
  });
});

describe("a Response thrown as it is", () => {
  it("should be classified by status, headers read, saying its body was not read", () => {
    const response = new Response('{"reason":"RATE_LIMIT_EXCEEDED"}', {
      status: 429,
      headers: { "retry-after": "3", "x-request-id": "r-1" },
    });
    const error = fromThrown(response);
    expect(error?.code).toBe("HTTP_429");
    expect(error?.retryAfterMs).toBe(3000);
    expect(error?.requestId).toBe("r-1");
    expect(error?.cause).toBe(response);
    expect(error?.message).toContain("body was not read");
    expect(response.bodyUsed).toBe(false);
  });

  it("should give undefined for a response that did not fail", () => {
    expect(fromThrown(new Response("ok"))).toBeUndefined();
  });
});
