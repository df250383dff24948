import { describe, expect, it } from "vitest";
import { categoryFromStatus, normalizeStatus, retryableFromStatus } from "./index.js";

describe("categoryFromStatus", () => {
  it("should follow the documented fallback", () => {
    expect(categoryFromStatus(400)).toBe("invalid_request");
    expect(categoryFromStatus(401)).toBe("authentication");
    expect(categoryFromStatus(403)).toBe("permission");
    expect(categoryFromStatus(404)).toBe("not_found");
    expect(categoryFromStatus(409)).toBe("conflict");
    expect(categoryFromStatus(429)).toBe("rate_limit");
    expect(categoryFromStatus(500)).toBe("server");
    expect(categoryFromStatus(502)).toBe("unavailable");
    expect(categoryFromStatus(503)).toBe("unavailable");
    expect(categoryFromStatus(504)).toBe("unavailable");
    expect(categoryFromStatus(418)).toBe("invalid_request");
    expect(categoryFromStatus(599)).toBe("server");
  });
});

describe("retryableFromStatus", () => {
  it("should retry exactly 408, 429, 502, 503 and 504", () => {
    const retryable = [];
    for (let status = 400; status <= 599; status++) if (retryableFromStatus(status)) retryable.push(status);
    expect(retryable).toEqual([408, 429, 502, 503, 504]);
  });
});

describe("normalizeStatus", () => {
  it("should keep an error status and replace anything else", () => {
    expect(normalizeStatus(404)).toBe(404);
    expect(normalizeStatus(200)).toBe(500);
    expect(normalizeStatus(undefined, 429)).toBe(429);
    expect(normalizeStatus(Number.NaN, "429")).toBe(500);
    expect(normalizeStatus(0, 700)).toBe(500);
  });
});
