// How a thrown value is read by shape, whatever client made it: the general rules
// (status under `status` or `statusCode`, body as data, text or bytes, headers as
// an object or raw pairs), the caller's own HTTP errors, containers, and the
// caller's signal. Each real client is tested in packages/interop.
import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const { RateLimitExceededError, testErrorFromThrown: fromThrown } = defineTestDomain(core);

const body = JSON.stringify({ code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "slow down" });

/** An error that holds the answer it got, as HTTP clients keep one. */
function failedWith(response: object): Error {
  return Object.assign(new Error("Request failed with status code 429"), { response });
}

describe("an answer held by the error", () => {
  it("should read the body as text, parsed data, or bytes, under statusCode or status", () => {
    for (const response of [
      { statusCode: 429, headers: {}, body },
      { statusCode: 429, headers: {}, body: JSON.parse(body) },
      { statusCode: 429, headers: {}, body: new TextEncoder().encode(body) },
      { status: 429, headers: {}, text: body, body: {} },
      { status: 429, headers: {}, data: JSON.parse(body) },
    ]) {
      const error = fromThrown(failedWith(response));
      expect(error).toBeInstanceOf(RateLimitExceededError);
      expect(error?.message).toBe("slow down");
    }
  });

  it("should read headers given as Node's raw pairs", () => {
    const raw = ["Content-Type", "application/json", "X-Request-Id", "req-7", "Retry-After", "3"];
    const error = fromThrown(failedWith({ statusCode: 429, rawHeaders: raw, body }));
    expect([error?.requestId, error?.retryAfterMs]).toEqual(["req-7", 3000]);
  });

  it("should decode at most 1 MiB of a body given as bytes, and still classify it", () => {
    const huge = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    huge.set(new TextEncoder().encode(body));
    const error = fromThrown(failedWith({ statusCode: 429, headers: {}, body: huge }));
    expect([error?.code, error?.status]).toEqual(["RATE_LIMIT_EXCEEDED", 429]);
  });

  it("should say the body was not read when the response holds an unread stream", () => {
    // With the request it made (ky 1's HTTPError, Effect's ResponseError): its message is its own.
    const unread = Object.assign(
      failedWith({ status: 503, headers: {}, body: new ReadableStream(), bodyUsed: false }),
      {
        request: {},
      },
    );
    const error = fromThrown(unread);
    expect([error?.code, error?.message]).toEqual([
      "HTTP_503",
      "HTTP 503: the response body was not read (pass the Response to the domain's xxxErrorFromResponse)",
    ]);
  });
});

describe("the caller's own HTTP errors", () => {
  it("should give undefined for an error with a status and no response, whatever its name", () => {
    for (const [name, status] of [
      ["BadRequestError", 400],
      ["GatewayTimeoutError", 504],
      ["ServiceUnavailableError", 503],
    ] as const) {
      const own = Object.assign(new Error(name), { name, status, statusCode: status, expose: status < 500 });
      expect(fromThrown(own), name).toBeUndefined();
    }
  });
});

describe("containers of a failure", () => {
  const FIBER_CAUSE = Symbol.for("effect/Runtime/FiberFailure/Cause");

  it("should find an error of the domain down the chain of causes, and give it as it is", () => {
    const typed = new RateLimitExceededError({ requestId: "req-1" });
    const wrapped = new Error("the helper failed", { cause: new Error("its stream failed", { cause: typed }) });
    expect(fromThrown(wrapped)).toBe(typed);
  });

  it("should read an endless tree of causes no further than its bound, without hanging", () => {
    let tree: object = { _tag: "Empty" };
    for (let index = 0; index < 100_000; index++) tree = { _tag: "Sequential", left: tree, right: { _tag: "Empty" } };
    const failure = Object.assign(new Error("An error has occurred"), { [FIBER_CAUSE]: tree });
    expect(fromThrown(failure)).toBeUndefined();
  });

  it("should give undefined for a container whose getters throw", () => {
    const hostile = new Proxy(new Error("x"), {
      get(target, key) {
        if (key === FIBER_CAUSE) throw new Error("no");
        return Reflect.get(target, key);
      },
    });
    expect(fromThrown(hostile)).toBeUndefined();
  });
});

describe("the caller's signal", () => {
  const plainAbort = () => Object.assign(new Error("Request was aborted."), { name: "AbortError" });

  it("should tell TIMEOUT from ABORTED by an aborted signal's reason, when the client dropped it", () => {
    expect(fromThrown(plainAbort())?.code).toBe("ABORTED");
    const late = new AbortController();
    late.abort(new DOMException("The operation timed out.", "TimeoutError"));
    expect(fromThrown(plainAbort(), { signal: late.signal })?.code).toBe("TIMEOUT");
    const cancelled = new AbortController();
    cancelled.abort();
    expect(fromThrown(plainAbort(), { signal: cancelled.signal })?.code).toBe("ABORTED");
    // A deadline the client reported is kept: the signal has not aborted.
    const timedOut = Object.assign(new Error("Request timed out."), { name: "TimeoutError" });
    expect(fromThrown(timedOut, { signal: new AbortController().signal })?.code).toBe("TIMEOUT");
  });

  it("should read the signal's reason thrown as it is", () => {
    const late = new AbortController();
    late.abort(new DOMException("The operation timed out.", "TimeoutError"));
    expect(fromThrown(late.signal.reason, { signal: late.signal })?.code).toBe("TIMEOUT");
  });

  it("should leave an answer and a bug as they are", () => {
    const cancelled = new AbortController();
    cancelled.abort();
    const answered = fromThrown(failedWith({ statusCode: 429, headers: {}, body }), { signal: cancelled.signal });
    expect(answered?.code).toBe("RATE_LIMIT_EXCEEDED");
    expect(fromThrown(new TypeError("x is undefined"), { signal: cancelled.signal })).toBeUndefined();
  });

  it("should not throw for a signal whose getters throw, and read the failure without it", () => {
    const signal = new Proxy(new AbortController().signal, {
      get() {
        throw new Error("no");
      },
    });
    expect(fromThrown(plainAbort(), { signal })?.code).toBe("ABORTED");
  });
});
