import { validateHeaderValue } from "node:http";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const { RateLimitExceededError, createTestError, definition } = defineTestDomain(core);
const parse = (input: root.WireErrorInput | root.WireErrorBody) => core.parseDomainError(input, definition);

describe("credentials the platform echoes", () => {
  it("should be masked in the message, keeping at most the last 4 characters", () => {
    const body = {
      code: 401,
      reason: "INVALID_API_KEY",
      message:
        "Incorrect API key provided: sk_live_51HxAbCdEfGhIjKlMnOp7q2Z. Header was Bearer eyJhbGciOiJIUzI1NiJ9.abc.xyz9",
    };
    const error = parse({ status: 401, body });
    expect(error.message).toBe("Incorrect API key provided: sk_****7q2Z. Header was Bearer ****xyz9");
    for (const written of [String(error), error.stack, JSON.stringify(error), core.toWireResponse(error).body]) {
      expect(written).not.toContain("51HxAbCdEf");
      expect(written).not.toContain("eyJhbGciOiJIUzI1NiJ9");
    }
  });

  it("should be masked in metadata values, text bodies and bodies too large to parse", () => {
    const meta = parse({
      status: 401,
      body: { reason: "X", metadata: { key: "sk-proj-0123456789abcdef", basic: "Basic dXNlcjpwYXNzd29yZA==" } },
    });
    expect({ ...meta.metadata }).toEqual({ key: "sk-****cdef", basic: "Basic ****ZA==" });
    const text = parse({ status: 401, body: "invalid token: Bearer abcdefgh12345678" });
    expect(text.message).toBe("HTTP 401: invalid token: Bearer ****5678");
    const cut = parse({ status: 401, body: '{"reason":"X","message":"bad key sk_abcdefghijklmnop", "pad": "' });
    expect(cut.message).toBe("bad key sk_****mnop");
  });

  it("should leave ordinary words alone", () => {
    const error = parse({
      status: 400,
      body: { reason: "X", message: "Basic subscription: ask the task's skill (sk-1)" },
    });
    expect(error.message).toBe("Basic subscription: ask the task's skill (sk-1)");
  });
});

describe("identifiers", () => {
  it("should hold no control character: a code or request id with one is dropped, a metadata key cleaned", () => {
    const error = parse({
      status: 429,
      body: { reason: "RATE_LIMIT_EXCEEDED\r\nX-Injected: 1", metadata: { "k\u001b[31m": "v", request_id: "r\n1" } },
      headers: { "x-request-id": "abc\u0000def" },
    });
    expect(error.code).toBe("HTTP_429");
    expect(error.requestId).toBeUndefined();
    expect(Object.keys(error.metadata)).toContain("k?[31m");
    for (const key of Object.keys(error.metadata)) expect(key).not.toMatch(/\p{Cc}/u);
  });
});

describe("what the writers write", () => {
  const hostileIds = fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.constantFrom("a\r\nSet-Cookie: x", "\u0000", "日本語", "\ud800", "x\udc00y", " padded ", "%41"),
  );

  it("should always give valid header values and never throw, whatever the request id holds", () => {
    fc.assert(
      fc.property(hostileIds, fc.constantFrom("TIMEOUT", "X", undefined), (requestId, code) => {
        const error = createTestError({ requestId, code, status: 429, retryAfterMs: 1500 });
        for (const response of [
          core.toWireResponse(error),
          core.toProblemResponse(error),
          core.toProblemResponse(error, { status: () => 502, detail: false, metadata: false }),
        ]) {
          for (const [name, value] of Object.entries(response.headers))
            expect(() => validateHeaderValue(name, value)).not.toThrow();
          expect(() => new Response(response.body, response)).not.toThrow();
        }
        expect(() => core.toProblemDetails(error)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("should keep a printable request id as it is", () => {
    const error = new RateLimitExceededError({ requestId: "req-9f1c:%41" });
    expect(core.toWireResponse(error).headers["x-request-id"]).toBe("req-9f1c:%41");
  });
});

describe("problem details options", () => {
  const upstream = new RateLimitExceededError({ message: "account 42 is over its limit", metadata: { account: "42" } });

  it("should answer with another status, given or computed, and leave out detail and metadata", () => {
    const problem = core.toProblemDetails(upstream, { status: 502, detail: false, metadata: false });
    expect(problem.status).toBe(502);
    expect(problem).not.toHaveProperty("detail");
    expect(problem).not.toHaveProperty("metadata");
    expect(JSON.stringify(problem)).not.toContain("42");
    const response = core.toProblemResponse(upstream, { status: (error) => (error.status >= 500 ? 502 : 503) });
    expect(response.status).toBe(503);
    expect(JSON.parse(response.body)).toMatchObject({ status: 503, detail: "account 42 is over its limit" });
  });

  it("should ignore a status that is no HTTP status, answering the error's own", () => {
    for (const status of [0, 99, 600, 1.5, Number.NaN, () => -1]) {
      expect(core.toProblemDetails(upstream, { status }).status).toBe(429);
    }
  });
});
