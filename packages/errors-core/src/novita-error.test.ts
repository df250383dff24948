import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import { isNovitaError, NovitaError, toWireResponse } from "./index.js";
import { isDomainError } from "./internal.js";
import { defineOtherDomain, defineTestDomain } from "./test-domain.test-support.js";

const { TestError, RateLimitExceededError, ModelNotFoundError, createTestError } = defineTestDomain(core);
const { MediaRateLimitExceededError } = defineOtherDomain(core);

describe("NovitaError", () => {
  describe("a per-code class built by hand", () => {
    it("should use the documented status and description", () => {
      const error = new RateLimitExceededError();
      expect(error.name).toBe("RateLimitExceededError");
      expect(error.code).toBe("RATE_LIMIT_EXCEEDED");
      expect(error.status).toBe(429);
      expect(error.message).toBe("Rate limit exceeded");
      expect(error.description).toBe("Rate limit exceeded");
      expect(error.domain).toBe("llm");
      expect(error.category).toBe("rate_limit");
      expect(error.retryable).toBe(true);
      expect(error.retryAfterMs).toBeUndefined();
      expect(error.requestId).toBeUndefined();
      expect(error.metadata).toEqual({});
      expect(error.headers).toEqual({});
      expect("cause" in error).toBe(false);
    });

    it("should take message, status, metadata, request id, delay and cause from options", () => {
      const cause = new TypeError("socket closed");
      const error = new RateLimitExceededError({
        message: "slow down",
        status: 503,
        metadata: { limit: "10" },
        requestId: "req-1",
        retryAfterMs: 1500,
        cause,
      });
      expect(error.message).toBe("slow down");
      expect(error.status).toBe(503);
      expect(error.metadata).toEqual({ limit: "10" });
      expect(error.requestId).toBe("req-1");
      expect(error.retryAfterMs).toBe(1500);
      expect(error.cause).toBe(cause);
      expect(error.description).toBe("Rate limit exceeded");
    });

    it("should refuse an invalid status or delay rather than keep it", () => {
      const error = new RateLimitExceededError({ status: 200, retryAfterMs: -5 });
      expect(error.status).toBe(429);
      expect(error.retryAfterMs).toBeUndefined();
      expect(new RateLimitExceededError({ retryAfterMs: Number.NaN }).retryAfterMs).toBeUndefined();
    });

    it("should have a stack that starts with its name and message", () => {
      expect(new ModelNotFoundError().stack?.split("\n")[0]).toBe("ModelNotFoundError: Model not found");
    });
  });

  describe("the domain base", () => {
    it("should keep an undocumented code verbatim, classified by status", () => {
      const error = createTestError({ code: "BRAND_NEW_CODE", status: 409 });
      expect(error.code).toBe("BRAND_NEW_CODE");
      expect(error.name).toBe("LlmError");
      expect(error.category).toBe("conflict");
      expect(error.retryable).toBe(false);
      expect(error.description).toBe("Undocumented llm error code BRAND_NEW_CODE");
      expect(error.message).toBe(error.description);
    });

    it("should use HTTP_<status> when there is no code, and 500 when there is no status", () => {
      expect(createTestError({ status: 503 }).code).toBe("HTTP_503");
      expect(createTestError({ status: 503 }).retryable).toBe(true);
      const bare = createTestError();
      expect(bare.code).toBe("HTTP_500");
      expect(bare.status).toBe(500);
      expect(bare.category).toBe("server");
    });
  });

  describe("instanceof", () => {
    it("should be an Error, a NovitaError and its domain base", () => {
      const error = new RateLimitExceededError();
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(NovitaError);
      expect(error).toBeInstanceOf(TestError);
      expect(error).toBeInstanceOf(RateLimitExceededError);
    });

    it("should not be a sibling class", () => {
      expect(new RateLimitExceededError()).not.toBeInstanceOf(ModelNotFoundError);
      expect(new ModelNotFoundError()).not.toBeInstanceOf(RateLimitExceededError);
    });

    it("should never make a domain base instance an instance of a per-code class, even with that code", () => {
      const base = createTestError({ code: "RATE_LIMIT_EXCEEDED", status: 429 });
      expect(base).toBeInstanceOf(TestError);
      expect(base).not.toBeInstanceOf(RateLimitExceededError);
      expect(isDomainError(base, "llm", "RATE_LIMIT_EXCEEDED")).toBe(false);
      expect(isDomainError(base, "llm")).toBe(true);
    });

    it("should not cross domains for the same code", () => {
      const media = new MediaRateLimitExceededError();
      expect(media).not.toBeInstanceOf(RateLimitExceededError);
      expect(media).not.toBeInstanceOf(TestError);
      expect(new RateLimitExceededError()).not.toBeInstanceOf(MediaRateLimitExceededError);
      expect(isDomainError(media, "llm", "RATE_LIMIT_EXCEEDED")).toBe(false);
      expect(isDomainError(media, "media", "RATE_LIMIT_EXCEEDED")).toBe(true);
    });

    it("should refuse a plain Error carrying the same fields", () => {
      const fake = Object.assign(new Error("Rate limit exceeded"), {
        name: "RateLimitExceededError",
        code: "RATE_LIMIT_EXCEEDED",
        domain: "llm",
        status: 429,
      });
      expect(isNovitaError(fake)).toBe(false);
      expect(fake).not.toBeInstanceOf(NovitaError);
      expect(fake).not.toBeInstanceOf(TestError);
      expect(fake).not.toBeInstanceOf(RateLimitExceededError);
    });

    it("should answer like the guards for non-objects", () => {
      for (const value of [null, undefined, 0, "RATE_LIMIT_EXCEEDED", {}, [], () => {}]) {
        expect(value instanceof NovitaError).toBe(false);
        expect(value instanceof RateLimitExceededError).toBe(false);
        expect(isNovitaError(value)).toBe(false);
      }
    });

    it("should keep the ordinary prototype check for a user's own subclass", () => {
      class AppRateLimitError extends RateLimitExceededError {}
      const own = new AppRateLimitError();
      expect(own).toBeInstanceOf(AppRateLimitError);
      expect(own).toBeInstanceOf(RateLimitExceededError);
      expect(own.name).toBe("RateLimitExceededError");
      expect(new RateLimitExceededError()).not.toBeInstanceOf(AppRateLimitError);
    });
  });

  describe("toJSON", () => {
    it("should give the error as it is in memory: the string code beside the status, and a name", () => {
      const error = new RateLimitExceededError({
        message: "slow",
        metadata: { a: "b" },
        requestId: "r1",
        retryAfterMs: 2000,
      });
      const json = JSON.parse(JSON.stringify(error));
      expect(json).toEqual({
        name: "RateLimitExceededError",
        code: "RATE_LIMIT_EXCEEDED",
        status: 429,
        message: "slow",
        domain: "llm",
        category: "rate_limit",
        retryable: true,
        retryAfterMs: 2000,
        requestId: "r1",
        metadata: { a: "b" },
      });
      expect(json.code).toBe(error.code);
    });

    it("should never write the stack, the cause or headers", () => {
      const text = JSON.stringify(
        new RateLimitExceededError({ cause: new Error("secret cause"), headers: { "x-request-id": "r" } }),
      );
      expect(text).not.toContain("stack");
      expect(text).not.toContain("secret cause");
      expect(text).not.toContain("headers");
    });

    it("should keep an HTTP_<status> code as the code, and leave out what is unknown", () => {
      const json = JSON.parse(JSON.stringify(createTestError({ status: 502 })));
      expect([json.code, json.status]).toEqual(["HTTP_502", 502]);
      expect(json).not.toHaveProperty("requestId");
      expect(json).not.toHaveProperty("retryAfterMs");
    });
  });

  describe("toString", () => {
    it("should give the code, the status and the request id after the message, which is left as it is", () => {
      const error = new RateLimitExceededError({ message: "slow down", requestId: "req-1" });
      expect(String(error)).toBe("RateLimitExceededError: slow down [RATE_LIMIT_EXCEEDED, status 429, request req-1]");
      expect(error.message).toBe("slow down");
      expect(`${createTestError({ status: 502 })}`).toBe(
        "LlmError: HTTP 502 from the llm API without a code [HTTP_502, status 502]",
      );
    });
  });

  describe("util.inspect, as Node prints an uncaught error", () => {
    it("should show the code, the status and the request id beside the stack", () => {
      const printed = inspect(new RateLimitExceededError({ message: "slow down", requestId: "req-1" }));
      expect(printed).toMatch(/^RateLimitExceededError: slow down\n/);
      expect(printed).toContain("code: 'RATE_LIMIT_EXCEEDED'");
      expect(printed).toContain("status: 429");
      expect(printed).toContain("requestId: 'req-1'");
    });
  });

  describe("wire response", () => {
    it("should be the platform's body, while JSON.stringify gives the error as it is in memory", () => {
      const error = new ModelNotFoundError({ metadata: { model: "x" } });
      const json = JSON.parse(JSON.stringify(error));
      expect(JSON.parse(toWireResponse(error).body)).toEqual({
        code: json.status,
        reason: json.code,
        message: json.message,
        metadata: json.metadata,
      });
    });
  });
});
