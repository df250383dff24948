import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import { parseDomainError, toWireErrorSource } from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const { RateLimitExceededError, definition } = defineTestDomain(core);

describe("toWireErrorSource", () => {
  it("should give the documented status to a stream event that carries none", () => {
    const error = parseDomainError('data: {"error":{"message":"later","code":"RATE_LIMIT_EXCEEDED"}}', definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.status).toBe(429);
    expect(parseDomainError({ error: { message: "later", code: "RATE_LIMIT_EXCEEDED" } }, definition).status).toBe(429);
  });

  it("should read an error's own fields as a body, not as what a client threw", () => {
    const thrown = Object.assign(new Error("slow"), { code: "RATE_LIMIT_EXCEEDED" });
    const error = parseDomainError(thrown, definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.cause).toBeUndefined();
  });

  it("should pass wire input through", () => {
    const input = { status: 404, body: "" };
    expect(toWireErrorSource(input).input).toBe(input);
  });
});
