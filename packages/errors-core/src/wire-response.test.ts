import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import { PROBLEM_JSON, toPlatformBody, toProblemDetails, toProblemResponse, toWireResponse } from "./index.js";
import { parseDomainError } from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const { RateLimitExceededError, createTestError, definition } = defineTestDomain(core);

describe("toWireResponse", () => {
  it("should give the platform's exact body, status and headers", () => {
    const error = new RateLimitExceededError({ metadata: { limit: "5" }, retryAfterMs: 1200, requestId: "r-7" });
    const response = toWireResponse(error);
    expect(response.status).toBe(429);
    expect(response.headers).toEqual({
      "content-type": "application/json",
      "retry-after": "2",
      "retry-after-ms": "1200",
      "x-request-id": "r-7",
    });
    expect(response.body).toBe(
      '{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"Rate limit exceeded","metadata":{"limit":"5"}}',
    );
  });

  it("should read back into an equal error", () => {
    const error = new RateLimitExceededError({ message: "slow", metadata: { a: "b" }, retryAfterMs: 3000 });
    const { status, headers, body } = toWireResponse(error);
    const back = parseDomainError({ status, headers, body }, definition);
    expect(back).toBeInstanceOf(RateLimitExceededError);
    expect(back.code).toBe(error.code);
    expect(back.message).toBe("slow");
    expect({ ...back.metadata }).toEqual({ a: "b" });
    expect(back.retryAfterMs).toBe(3000);
  });

  it("should answer a failure without an answer with a gateway's status, and read it back", () => {
    for (const [code, status] of [
      ["TIMEOUT", 504],
      ["ABORTED", 499],
      ["CONNECTION_ERROR", 502],
    ] as const) {
      const error = createTestError({ code });
      const response = toWireResponse(error);
      expect(response.status).toBe(status);
      expect(() => new Response(response.body, response)).not.toThrow();
      const back = parseDomainError(response, definition);
      expect([back.code, back.status, back.category]).toEqual([code, 0, error.category]);
    }
  });

  it("should write no reason for an error without a code", () => {
    expect(toPlatformBody(createTestError({ status: 502 }))).toEqual({
      code: 502,
      message: "HTTP 502 from the llm API without a code",
      metadata: {},
    });
  });
});

describe("toProblemDetails", () => {
  it("should give an RFC 9457 object with the platform's fields as extensions", () => {
    const problem = toProblemDetails(new RateLimitExceededError({ message: "slow", requestId: "r 1" }));
    expect(problem).toEqual({
      type: "urn:novita:error:llm:RATE_LIMIT_EXCEEDED",
      title: "Rate limit exceeded",
      status: 429,
      detail: "slow",
      instance: "urn:novita:request:r%201",
      code: "RATE_LIMIT_EXCEEDED",
      domain: "llm",
      category: "rate_limit",
      retryable: true,
      metadata: {},
    });
  });

  it("should be served as application/problem+json", () => {
    const response = toProblemResponse(createTestError({ code: "NEW", status: 409 }));
    expect(response.headers["content-type"]).toBe(PROBLEM_JSON);
    expect(JSON.parse(response.body).type).toBe("urn:novita:error:llm:NEW");
    expect(response.status).toBe(409);
  });
});
