import * as billing from "@novita/errors-billing";
import * as gpu from "@novita/errors-gpu";
import * as llm from "@novita/errors-llm";
import * as media from "@novita/errors-media";
import { describe, expect, it } from "vitest";

describe("the same code in several domains", () => {
  it("should keep a media RATE_LIMIT_EXCEEDED out of llm", () => {
    const error = new media.RateLimitExceededError();
    expect(media.isMediaError(error, "RATE_LIMIT_EXCEEDED")).toBe(true);
    expect(llm.isLlmError(error)).toBe(false);
    expect(llm.isLlmError(error, "RATE_LIMIT_EXCEEDED")).toBe(false);
    expect(error).not.toBeInstanceOf(llm.RateLimitExceededError);
    expect(error).not.toBeInstanceOf(llm.LlmError);
    expect(error).not.toBeInstanceOf(gpu.RateLimitExceededError);
  });

  it("should keep gpu UNKNOWN and billing UNKNOWN apart", () => {
    expect(new gpu.UnknownError()).not.toBeInstanceOf(billing.UnknownError);
    expect(new billing.UnknownError().description).toBe("Unknown error, please contact us");
    expect(new gpu.UnknownError().description).toBe("Unknown error");
  });

  it("should give each domain's parser its own meaning of INVALID_API_KEY", () => {
    const body = '{"code":403,"reason":"INVALID_API_KEY","message":"x"}';
    expect(media.parseMediaError({ status: 403, body }).description).toBe("API Key validation failed");
    expect(llm.parseLlmError({ status: 403, body }).description).toBe("API Key not provided");
  });

  it("should not narrow a code of one domain in another", () => {
    const parsed = gpu.parseGpuError({ status: 400, body: '{"reason":"MODEL_NOT_FOUND"}' });
    expect(parsed.constructor).toBe(gpu.GpuError);
    expect(parsed.code).toBe("MODEL_NOT_FOUND");
    expect(llm.isLlmError(parsed, "MODEL_NOT_FOUND")).toBe(false);
  });

  it("should keep a code the platform adds later on the domain base", () => {
    const error = llm.parseLlmError({
      status: 429,
      body: '{"code":429,"reason":"GPU_QUOTA_DRAINED","message":"later"}',
    });
    expect(error.constructor).toBe(llm.LlmError);
    expect(error.code).toBe("GPU_QUOTA_DRAINED");
    expect(error.category).toBe("rate_limit");
    expect(error.retryable).toBe(true);
  });
});
