import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWireError } from "./index.js";

describe("readWireError", () => {
  describe("the platform body", () => {
    it("should read code, message and string metadata", () => {
      const info = readWireError({
        status: 429,
        body: '{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"slow down","metadata":{"limit":"10","n":3,"o":{}}}',
      });
      expect(info.format).toBe("platform");
      expect(info.status).toBe(429);
      expect(info.code).toBe("RATE_LIMIT_EXCEEDED");
      expect(info.message).toBe("slow down");
      expect({ ...info.metadata }).toEqual({ limit: "10" });
    });

    it("should read it already parsed", () => {
      const info = readWireError({ status: 404, body: { code: 404, reason: "MODEL_NOT_FOUND", message: "no model" } });
      expect(info.code).toBe("MODEL_NOT_FOUND");
      expect(info.message).toBe("no model");
    });

    it("should keep the response's status when the body's code says otherwise", () => {
      expect(readWireError({ status: 400, body: '{"code":404,"reason":"RESOURCE_NOT_FOUND"}' }).status).toBe(400);
    });

    it("should use the body's code when the response status is missing or invalid", () => {
      expect(readWireError({ body: '{"code":429,"reason":"RATE_LIMIT_EXCEEDED"}' }).status).toBe(429);
      expect(readWireError({ status: 200, body: '{"code":503,"reason":"SERVICE_NOT_AVAILABLE"}' }).status).toBe(503);
    });

    it("should keep an unknown reason verbatim", () => {
      expect(readWireError({ status: 418, body: '{"reason":"TEAPOT_OVERHEATED","message":"hot"}' }).code).toBe(
        "TEAPOT_OVERHEATED",
      );
    });

    it("should leave message undefined when a coded body has none, so the description is used", () => {
      expect(readWireError({ status: 404, body: '{"reason":"MODEL_NOT_FOUND"}' }).message).toBeUndefined();
    });

    it("should strip a byte-order mark", () => {
      expect(readWireError({ status: 404, body: '\uFEFF{"reason":"MODEL_NOT_FOUND"}' }).code).toBe("MODEL_NOT_FOUND");
    });
  });

  describe("the OpenAI shape", () => {
    it("should take a string code as the code and keep type and param as metadata", () => {
      const info = readWireError({
        status: 429,
        body: { error: { message: "Too many", type: "rate_limit_error", code: "RATE_LIMIT_EXCEEDED", param: null } },
      });
      expect(info.format).toBe("openai");
      expect(info.code).toBe("RATE_LIMIT_EXCEEDED");
      expect(info.message).toBe("Too many");
      expect({ ...info.metadata }).toEqual({ type: "rate_limit_error" });
    });

    it("should give no code for a numeric or null code", () => {
      expect(readWireError({ status: 500, body: { error: { message: "x", code: 500 } } }).code).toBeUndefined();
      expect(readWireError({ status: 500, body: { error: { message: "x", code: null } } }).code).toBeUndefined();
    });

    it("should read one event of a stream", () => {
      const info = readWireError({
        status: 200,
        body: 'data: {"error":{"message":"overloaded","type":"server_error","code":"SERVICE_NOT_AVAILABLE"}}\n\n',
      });
      expect(info.code).toBe("SERVICE_NOT_AVAILABLE");
      expect(info.status).toBe(500);
    });
  });

  describe("a relay's body (OpenRouter)", () => {
    const platform = { code: 402, reason: "NOT_ENOUGH_BALANCE", message: "not enough balance", metadata: { b: "0" } };
    it("should read the platform body it passes on as text in metadata.raw", () => {
      const body = {
        error: {
          message: "Provider returned error",
          code: 402,
          metadata: { raw: JSON.stringify(platform), provider_name: "Novita" },
        },
        user_id: "u",
      };
      const info = readWireError({ status: 402, body: JSON.stringify(body), headers: { "x-request-id": "or-1" } });
      expect(info.code).toBe("NOT_ENOUGH_BALANCE");
      expect(info.message).toBe("not enough balance");
      expect({ ...info.metadata }).toEqual({ b: "0" });
      expect(info.requestId).toBe("or-1");
      expect(info.format).toBe("platform");
    });

    it("should keep the relay's own reading when raw holds no coded body", () => {
      for (const raw of ["{not json", '{"message":"no code"}', "upstream said no"]) {
        const info = readWireError({
          status: 502,
          body: { error: { message: "Provider returned error", code: 502, metadata: { raw } } },
        });
        expect(info.code).toBeUndefined();
        expect(info.message).toBe("Provider returned error");
        expect(info.metadata.raw).toBe(raw);
      }
    });
  });

  describe("the gRPC-transcoded shape", () => {
    it("should read the reason and metadata of google.rpc.ErrorInfo", () => {
      const info = readWireError({
        status: 429,
        body: JSON.stringify({
          error: {
            code: 429,
            message: "quota",
            status: "RESOURCE_EXHAUSTED",
            details: [
              { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "2s" },
              {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                reason: "RATE_LIMIT_EXCEEDED",
                domain: "novita.ai",
                metadata: { limit: "5" },
              },
            ],
          },
        }),
      });
      expect(info.format).toBe("google-rpc");
      expect(info.code).toBe("RATE_LIMIT_EXCEEDED");
      expect(info.message).toBe("quota");
      expect({ ...info.metadata }).toEqual({ limit: "5" });
    });
  });

  describe("anything else", () => {
    const cases: [string, unknown, RegExp, string][] = [
      ["empty", "", /^HTTP 503 with an empty body$/, "empty"],
      ["whitespace", "  \n ", /^HTTP 503 with an empty body$/, "empty"],
      ["undefined", undefined, /^HTTP 503 with an empty body$/, "empty"],
      ["plain text", "upstream connect error\nreset", /^HTTP 503: upstream connect error reset$/, "text"],
      [
        "an HTML page",
        "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head></html>",
        /^HTTP 503: an HTML page from a gateway \(503 Service Temporarily Unavailable\)$/,
        "html",
      ],
      ["truncated JSON", '{"code":503,"reason":"SERV', /unreadable JSON \(26 characters\)/, "invalid-json"],
      ["a JSON array", "[1,2,3]", /unrecognized JSON body/, "json"],
      ["JSON null", "null", /^HTTP 503: unrecognized JSON body$/, "json"],
      ["a JSON number", "42", /^HTTP 503: unrecognized JSON body$/, "json"],
      ["text that starts like JSON", "nginx says no", /^HTTP 503: nginx says no$/, "text"],
      ["wrong types", '{"reason":42,"message":{"a":1},"metadata":"x"}', /unrecognized|HTTP 503/, "platform"],
      ["a parsed array", [{ reason: "X" }], /unrecognized/, "json"],
      ["a number body", 42, /unrecognized/, "json"],
    ];
    for (const [name, body, message, format] of cases) {
      it(`should describe ${name} briefly, without a code`, () => {
        const info = readWireError({ status: 503, body });
        expect(info.code).toBeUndefined();
        expect(info.message).toMatch(message);
        expect(info.message?.length).toBeLessThanOrEqual(240);
        expect(info.format).toBe(format);
      });
    }

    it("should cut a long text body to a short excerpt", () => {
      const info = readWireError({ status: 500, body: "x".repeat(100_000) });
      expect(info.message?.length).toBeLessThan(240);
      expect(info.message).toMatch(/…$/);
    });

    it("should not parse a body beyond its bound, yet keep its code and a cut message", () => {
      const huge = `{"code":400,"reason":"INVALID_REQUEST_BODY","message":"${"x".repeat(2_000_000)}","metadata":{}}`;
      const info = readWireError({ status: 400, body: huge });
      expect(info.code).toBe("INVALID_REQUEST_BODY");
      expect(info.format).toBe("invalid-json");
      expect(info.message).toBe("x".repeat(2048));
    });

    it("should read the code of a JSON body cut short by a byte bound", () => {
      const cutShort =
        '{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"slow \\"down\\" \\u00e9 now","metadata":{"k":"v';
      const info = readWireError({ status: 429, body: cutShort });
      // The message as written, escapes included: it is not parsed.
      expect(info).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", message: 'slow \\"down\\" \\u00e9 now' });
      expect(info.format).toBe("invalid-json");
      const openai = `{"error":{"message":"${"y".repeat(70_000)}","type":"invalid_request_error","code":"model_not_found"`;
      expect(readWireError({ status: 404, body: openai }).code).toBe("model_not_found");
      // A code cut by the bound is no code.
      expect(readWireError({ status: 503, body: '{"reason":"SERVICE_UNAVA' }).code).toBeUndefined();
    });

    it("should survive absurd nesting", () => {
      const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
      expect(readWireError({ status: 500, body: deep }).code).toBeUndefined();
      const deepObject = `{"error":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`;
      expect(readWireError({ status: 500, body: deepObject }).status).toBe(500);
    });

    it("should survive a hostile parsed body and hostile input", () => {
      const hostile = {
        get reason(): string {
          throw new Error("boom");
        },
      };
      expect(readWireError({ status: 500, body: hostile }).status).toBe(500);
      const input = new Proxy(
        {},
        {
          get() {
            throw new Error("boom");
          },
        },
      );
      expect(readWireError(input as never).status).toBe(500);
      expect(readWireError(undefined).status).toBe(500);
    });
  });

  describe("status", () => {
    for (const status of [undefined, 0, Number.NaN, 99, 200, 302, 600, 1e9, -1, 429.5, "429"]) {
      it(`should turn ${String(status)} into a well-defined error status`, () => {
        const info = readWireError({ status: status as number, body: "" });
        expect(Number.isInteger(info.status)).toBe(true);
        expect(info.status).toBeGreaterThanOrEqual(400);
        expect(info.status).toBeLessThanOrEqual(599);
      });
    }
  });

  describe("metadata", () => {
    it("should never reach Object.prototype or shadow a method", () => {
      const info = readWireError({
        status: 400,
        body: '{"reason":"X","metadata":{"__proto__":{"polluted":"yes"},"toString":"x","constructor":"y","ok":"1"}}',
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(info.metadata)).toBeNull();
      expect(info.metadata.toString).toBe("x");
      expect(info.metadata.ok).toBe("1");
      expect(Object.keys(info.metadata)).not.toContain("__proto__");
    });

    it("should keep only own properties of a parsed body", () => {
      const inherited = Object.create({ reason: "INHERITED" }) as object;
      expect(readWireError({ status: 400, body: inherited }).code).toBeUndefined();
    });
  });

  describe("headers", () => {
    it("should read Retry-After, the request id and safe headers in any letter case", () => {
      const info = readWireError({
        status: 429,
        body: "",
        headers: {
          "Retry-After": "3",
          "X-Request-ID": "req-9",
          Authorization: "Bearer sk-secret",
          "Set-Cookie": ["a=b"],
          "X-RateLimit-Remaining": 0,
          "Content-Type": "text/plain",
        },
      });
      expect(info.retryAfterMs).toBe(3000);
      expect(info.requestId).toBe("req-9");
      expect(info.headers).toEqual({
        "retry-after": "3",
        "x-request-id": "req-9",
        "x-ratelimit-remaining": "0",
        "content-type": "text/plain",
      });
    });

    it("should read a Fetch Headers", () => {
      const headers = new Headers({ "retry-after-ms": "250", "retry-after": "9", "request-id": "r2", cookie: "s" });
      const info = readWireError({ status: 429, body: "", headers });
      expect(info.retryAfterMs).toBe(250);
      expect(info.requestId).toBe("r2");
      expect(info.headers).not.toHaveProperty("cookie");
    });

    it("should fall back to the request id in the body's metadata", () => {
      const info = readWireError({ status: 500, body: '{"reason":"UNKNOWN","metadata":{"request_id":"body-1"}}' });
      expect(info.requestId).toBe("body-1");
    });
  });

  describe("with arbitrary input", () => {
    const headerObjects = fc.dictionary(
      fc.string(),
      fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.constant(undefined), fc.constant(null)),
    );
    const statuses = fc.oneof(fc.integer(), fc.double(), fc.constant(undefined));

    function wellFormed(info: ReturnType<typeof readWireError>): void {
      expect(Number.isInteger(info.status)).toBe(true);
      expect(info.status).toBeGreaterThanOrEqual(400);
      expect(info.status).toBeLessThanOrEqual(599);
      expect(info.code === undefined || (typeof info.code === "string" && info.code !== "")).toBe(true);
      expect(info.code !== undefined || (typeof info.message === "string" && info.message.length > 0)).toBe(true);
      for (const value of Object.values(info.metadata)) expect(typeof value).toBe("string");
      for (const value of Object.values(info.headers)) expect(typeof value).toBe("string");
      expect(info.retryAfterMs === undefined || (Number.isFinite(info.retryAfterMs) && info.retryAfterMs >= 0)).toBe(
        true,
      );
    }

    it("should never throw and always be well-formed for arbitrary strings", () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary" }), statuses, headerObjects, (body, status, headers) => {
          wellFormed(readWireError({ status: status as number, body, headers }));
        }),
        { numRuns: 400 },
      );
    });

    it("should never throw and always be well-formed for arbitrary JSON values, as text or parsed", () => {
      fc.assert(
        fc.property(fc.jsonValue(), statuses, headerObjects, (value, status, headers) => {
          wellFormed(readWireError({ status: status as number, body: value, headers }));
          wellFormed(readWireError({ status: status as number, body: JSON.stringify(value), headers }));
        }),
        { numRuns: 400 },
      );
    });

    it("should never throw for error-shaped JSON with arbitrary members", () => {
      const member = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.jsonValue());
      const body = fc.oneof(
        fc.record({ code: member, reason: member, message: member, metadata: member }, { requiredKeys: [] }),
        fc.record({
          error: fc.record({ code: member, message: member, type: member, details: member }, { requiredKeys: [] }),
        }),
      );
      fc.assert(
        fc.property(body, statuses, (value, status) => {
          wellFormed(readWireError({ status: status as number, body: value }));
        }),
        { numRuns: 400 },
      );
    });
  });
});
