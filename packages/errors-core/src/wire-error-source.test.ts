import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import { parseDomainError, toWireErrorSource } from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const { TestError, RateLimitExceededError, definition } = defineTestDomain(core);

/** Shaped like the openai SDK's APIError, without depending on it. */
class FakeApiError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly error: unknown,
    message: string,
    readonly headers: Headers | undefined,
  ) {
    super(message);
  }
}

describe("toWireErrorSource", () => {
  it("should read an SDK error's status, headers and body, and keep it as the cause", () => {
    const thrown = new FakeApiError(
      429,
      { message: "slow", code: "RATE_LIMIT_EXCEEDED", type: null, param: null, metadata: { k: "v" } },
      "429 slow",
      new Headers({ "x-request-id": "sdk-1", "retry-after": "2" }),
    );
    const error = parseDomainError(thrown, definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.cause).toBe(thrown);
    expect(error.message).toBe("slow");
    expect({ ...error.metadata }).toEqual({ k: "v" });
    expect(error.requestId).toBe("sdk-1");
    expect(error.retryAfterMs).toBe(2000);
  });

  it("should recover the raw text the SDK put in its message", () => {
    const thrown = new FakeApiError(502, undefined, "502 <html><title>Bad Gateway</title></html>", new Headers());
    const error = parseDomainError(thrown, definition);
    expect(error.code).toBe("HTTP_502");
    expect(error.message).toBe("HTTP 502: an HTML page from a gateway (Bad Gateway)");
  });

  it("should not mistake the SDK's no-body message for a body", () => {
    const thrown = new FakeApiError(429, undefined, "429 status code (no body)", new Headers());
    const error = parseDomainError(thrown, definition);
    expect(error.code).toBe("HTTP_429");
    expect(error.message).toBe("HTTP 429 with an empty body");
  });

  it("should read an axios-style error", () => {
    const thrown = Object.assign(new Error("Request failed with status code 404"), {
      response: {
        status: 404,
        data: { code: 404, reason: "MODEL_NOT_FOUND", message: "gone" },
        headers: { "x-request-id": "ax" },
      },
    });
    const error = parseDomainError(thrown, definition);
    expect(error.code).toBe("MODEL_NOT_FOUND");
    expect(error.requestId).toBe("ax");
    expect(error.cause).toBe(thrown);
  });

  it("should give the documented status to a stream event that carries none", () => {
    const error = parseDomainError('data: {"error":{"message":"later","code":"RATE_LIMIT_EXCEEDED"}}', definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.status).toBe(429);
    expect(parseDomainError({ error: { message: "later", code: "RATE_LIMIT_EXCEEDED" } }, definition).status).toBe(429);
  });

  it("should turn a network failure into the domain base, keeping it as the cause", () => {
    const thrown = new TypeError("fetch failed");
    const error = parseDomainError(thrown, definition);
    expect(error).toBeInstanceOf(TestError);
    expect(error.cause).toBe(thrown);
    expect(error.status).toBe(500);
  });

  it("should pass wire input through", () => {
    const input = { status: 404, body: "" };
    expect(toWireErrorSource(input).input).toBe(input);
  });
});
