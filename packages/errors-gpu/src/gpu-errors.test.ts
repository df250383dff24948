import { describe, expect, it } from "vitest";
import {
  CreateInstanceLimitError,
  GpuError,
  gpuErrorCatalog,
  InsufficientResourceError,
  isGpuError,
  isKnownGpuError,
  parseGpuError,
  ResourceNotFoundError,
} from "./index.js";

describe("GpuError", () => {
  it("should classify a not-found answered with 400 as not_found, by its code", () => {
    const error = parseGpuError({
      status: 400,
      body: '{"code":400,"reason":"RESOURCE_NOT_FOUND","message":"container c-1"}',
    });
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect(error.status).toBe(400);
    expect(error.category).toBe("not_found");
    expect(error.retryable).toBe(false);
  });

  it("should make a lack of capacity retryable", () => {
    const error = new InsufficientResourceError();
    expect([error.category, error.retryable]).toEqual(["capacity", true]);
  });

  it("should read the gRPC-transcoded shape some gateways emit", () => {
    const error = parseGpuError({
      status: 400,
      body: {
        error: {
          code: 400,
          message: "limit",
          status: "FAILED_PRECONDITION",
          details: [
            {
              "@type": "type.googleapis.com/google.rpc.ErrorInfo",
              reason: "CREATE_INSTANCE_LIMIT",
              metadata: { max: "8" },
            },
          ],
        },
      },
    });
    expect(error).toBeInstanceOf(CreateInstanceLimitError);
    expect(error.metadata.max).toBe("8");
  });

  it("should tell documented codes from codes added later", () => {
    const known = parseGpuError({ status: 400, body: '{"reason":"IMAGE_NOT_FOUND"}' });
    const later = parseGpuError({ status: 400, body: '{"reason":"IMAGE_TOO_OLD"}' });
    expect(isKnownGpuError(known)).toBe(true);
    expect(isKnownGpuError(later)).toBe(false);
    expect(isGpuError(later)).toBe(true);
    expect(later.constructor).toBe(GpuError);
  });

  it("should hold 58 codes, most answered with 400", () => {
    const entries = Object.values(gpuErrorCatalog);
    expect(entries).toHaveLength(58);
    expect(entries.filter((entry) => entry.status === 400).length).toBeGreaterThan(45);
  });
});
