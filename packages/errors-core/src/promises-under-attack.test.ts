// The README's promises, tried as an attacker and a careful user would (issue 18): credentials in
// every shape and place, a relay's huge raw body, invisible characters in identifiers, writers
// given hand-built errors of any shape. Each test fails on the code before it.
import { Console } from "node:console";
import { Writable } from "node:stream";
import util from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const core = { ...root, ...internal };
const { RateLimitExceededError, createTestError, testErrorFromThrown, definition } = defineTestDomain(core);
const parse = (input: root.WireErrorInput | root.WireErrorBody) => core.parseDomainError(input, definition);

const KEY = "sk-proj-Zq81vXw4pLm2Nc7Rt5Yb0Hd3";
const SECRETS = {
  "an sk-proj key": KEY,
  "an sk_live key": "sk_live_51HxAbCdEfGhIjKlMnOp7q2Z",
  "a bare JWT": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  "a Bearer token after 40 spaces": `Bearer${" ".repeat(40)}tok_9f8e7d6c5b4a3f2e1d0c`,
  "api_key= in a URL": "https://api.example.com/v1/models?api_key=AIzaSyA1b2C3d4E5f6G7h8",
  "key= in a URL": "https://generativelanguage.googleapis.com/v1?alt=json&key=AIzaSyQ9w8E7r6T5y4U3i2",
  "token= in a URL": "wss://stream.example.com/socket?token=tk_4f3e2d1c0b9a8f7e6d5c",
  "apikey= in a URL": "https://api.example.com/v2/run?apikey=ak_7h6g5f4e3d2c1b0a9z8y",
  "access_token= in a URL": "https://api.example.com/v2/run?x=1&access_token=at_1q2w3e4r5t6y7u8i9o0p",
  "an echoed x-api-key header": "x-api-key: nv-1a2b3c4d5e6f7a8b9c0d",
};
/** What must not survive masking of each secret above. */
const CORES = [
  "Zq81vXw4pLm2Nc7",
  "51HxAbCdEfGh",
  "eyJzdWIiOiIxMjM0NTY3ODkwIn0",
  "tok_9f8e7d6c5b4a",
  "AIzaSyA1b2C3d4",
  "AIzaSyQ9w8E7r6",
  "tk_4f3e2d1c0b9a",
  "nv-1a2b3c4d5e6f",
];

/** What `console.error(value)` prints: Node's console, writing into a string instead of stderr. */
function consoleErrorOf(value: unknown): string {
  let text = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).error(value);
  return text;
}

function everyPrint(error: Error): string[] {
  return [
    String(error),
    JSON.stringify(error),
    util.inspect(error),
    util.inspect(error, { depth: 10, showHidden: true }),
    String(error.stack),
    core.toWireResponse(error as root.NovitaError).body,
    JSON.stringify(core.toProblemDetails(error as root.NovitaError)),
  ];
}

const expectNoSecret = (texts: string[]) => {
  for (const text of texts) for (const secret of CORES) expect(text).not.toContain(secret);
};

describe("credentials, in every shape the README lists", () => {
  it.each(Object.entries(SECRETS))("should mask %s in a message", (_, secret) => {
    const error = parse({
      status: 401,
      body: { code: 401, reason: "INVALID_API_KEY", message: `rejected: ${secret}` },
    });
    expect(error.message).toContain("****");
    expectNoSecret(everyPrint(error));
  });

  it("should mask keys hidden behind JSON escapes (\\u0073k-, Bearer\\u0020, \\/)", () => {
    for (const message of [
      `bad key \\u0073k-proj-Zq81vXw4pLm2Nc7Rt5Yb0Hd3`,
      "header Bearer\\u0020tok_9f8e7d6c5b4a3f2e1d0c",
      "https:\\/\\/api.example.com\\/v1?api_key=AIzaSyA1b2C3d4E5f6G7h8",
    ]) {
      // The text as a gateway's unparsable body holds it: escapes kept as written.
      const error = parse({ status: 401, body: `{"code":401,"reason":"INVALID_API_KEY","message":"${message}"` });
      expectNoSecret(everyPrint(error));
    }
  });

  it("should mask a key used as a metadata key, and in a code", () => {
    const error = parse({
      status: 401,
      body: { code: 401, reason: KEY, message: "no", metadata: { [KEY]: "was echoed as a key" } },
    });
    expect(Object.keys(error.metadata)).toEqual(["sk-****0Hd3"]);
    expect(error.code).toBe("sk-****0Hd3");
    expectNoSecret([...everyPrint(error), error.description, error.message]);
  });

  it("should mask the cause in util.inspect and console.error, and keep it whole for code that reads it", () => {
    // The shape of the openai SDK's APIError (its mark: `requestID`).
    const cause = Object.assign(new Error(`401 Incorrect API key provided: ${KEY}`), {
      status: 401,
      headers: new Headers(),
      requestID: undefined,
      error: { message: `Incorrect API key provided: ${KEY}`, type: "invalid_request_error" },
    });
    // As a client's error reaches it: read by xxxErrorFromThrown, kept as the cause.
    const error = testErrorFromThrown(cause) as root.NovitaError;
    expect(error.cause).toBe(cause);
    expect(util.inspect(error)).toContain("[cause]");
    expect(util.inspect(error)).toContain("sk-****0Hd3");
    const printed = consoleErrorOf(error);
    expect(printed).toContain("[cause]: [Getter] Error: 401 Incorrect API key provided: sk-****0Hd3");
    expectNoSecret([util.inspect(error), util.inspect(error, { depth: 10 }), printed]);
    // A print that skips the error's own inspection (Node's print of an uncaught error) sees a getter.
    expect(util.inspect(error, { customInspect: false })).toContain("[cause]: [Getter]");
    expectNoSecret([util.inspect(error, { customInspect: false })]);
  });

  it("should leave alone what is no credential", () => {
    for (const text of ["Basic subscription required", "the key is missing", "token limit reached", "risk-free"]) {
      expect(core.maskCredentials(text)).toBe(text);
    }
  });
});

describe("a relay's upstream body (OpenRouter's metadata.raw)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("should not be parsed past MAX_PARSED_TEXT, and its code still be found", () => {
    const raw = `{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"slow down","metadata":{"pad":"${"x".repeat(15_000_000)}"}}`;
    const parseSpy = vi.spyOn(JSON, "parse");
    const error = parse({
      status: 429,
      body: { error: { message: "Provider returned error", code: 429, metadata: { raw, provider_name: "Novita" } } },
    });
    expect(error.code).toBe("RATE_LIMIT_EXCEEDED");
    expect(
      parseSpy.mock.calls.filter(([text]) => typeof text === "string" && text.length > core.MAX_PARSED_TEXT),
    ).toEqual([]);
  });
});

describe("invisible characters in identifiers", () => {
  it.each([
    ["a bidi override", "\u202e"],
    ["a line separator", "\u2028"],
    ["a paragraph separator", "\u2029"],
    ["a zero-width space", "\u200b"],
    ["a zero-width joiner", "\u200d"],
    ["a byte-order mark", "\ufeff"],
    ["a bidi isolate", "\u2066"],
  ])("should drop a code or request id holding %s, and replace it in a metadata key", (_, char) => {
    const error = parse({
      status: 429,
      headers: { "x-request-id": `req${char}1` },
      body: { code: 429, reason: `RATE_LIMIT${char}EXCEEDED`, message: "m", metadata: { [`k${char}ey`]: "v" } },
    });
    expect(error.code).toBe("HTTP_429");
    expect(error.requestId).toBeUndefined();
    expect(Object.keys(error.metadata)).toEqual(["k?ey"]);
  });
});

describe("writers and constructors, given anything", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const throwing = Object.defineProperty({ ok: "kept" }, "bad", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
  const handBuilt = (): Record<string, unknown>[] => [
    { requestId: 42 },
    { retryAfterMs: 5n },
    { metadata: { big: 1n, ok: "kept" } },
    { metadata: cyclic },
    { metadata: throwing },
    { requestId: "req\r\nx-injected: 1", metadata: { n: 3, b: true } },
  ];

  it("should coerce what a constructor is given from plain JavaScript to the declared types", () => {
    const [asNumber, asBigInt, withBigInt, withCycle, withGetter, mixed] = handBuilt().map(
      (options) => new RateLimitExceededError(options as root.NovitaErrorOptions),
    );
    expect(asNumber?.requestId).toBe("42");
    expect(asBigInt?.retryAfterMs).toBeUndefined();
    expect({ ...withBigInt?.metadata }).toEqual({ ok: "kept" });
    expect({ ...withCycle?.metadata }).toEqual({});
    expect({ ...withGetter?.metadata }).toEqual({ ok: "kept" });
    expect({ ...mixed?.metadata }).toEqual({}); // string values only: numbers and booleans are not kept
    expect(createTestError({ code: 429 as unknown as string, status: 429 }).code).toBe("429");
  });

  it("should make no writer throw, whatever a hand-built error or a look-alike holds", () => {
    const lookAlikes: unknown[] = [
      ...handBuilt().map((options) => new RateLimitExceededError(options as root.NovitaErrorOptions)),
      { code: 429, status: 5n, requestId: Symbol("id"), retryAfterMs: 5n, metadata: cyclic },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
        },
      ),
      {
        get code() {
          throw new Error("getter");
        },
        metadata: throwing,
        domain: {},
        description: 1n,
      },
      Object.assign(new RateLimitExceededError(), { metadata: { a: 1n } }),
    ];
    const statusOptions = [
      undefined,
      {
        status: () => {
          throw new Error("status");
        },
      },
      { status: 7 },
    ];
    for (const error of lookAlikes) {
      const typed = error as root.NovitaError;
      expect(() => core.toPlatformBody(typed)).not.toThrow();
      const wire = core.toWireResponse(typed);
      expect(() => JSON.parse(wire.body)).not.toThrow();
      for (const value of Object.values(wire.headers)) expect(value).not.toMatch(/[\r\n]/);
      for (const options of statusOptions) {
        expect(() => core.toProblemDetails(typed, options)).not.toThrow();
        const problem = core.toProblemResponse(typed, options);
        expect(problem.status).toBeGreaterThanOrEqual(200);
        expect(() => JSON.parse(problem.body)).not.toThrow();
      }
    }
  });

  it("should give JSON.stringify and String of a coerced error without throwing", () => {
    for (const options of handBuilt()) {
      const error = new RateLimitExceededError(options as root.NovitaErrorOptions);
      expect(() => JSON.stringify(error)).not.toThrow();
      expect(() => String(error)).not.toThrow();
    }
  });
});

describe("the README's closed set of categories", () => {
  it("should name exactly the values of ErrorCategory", async () => {
    const { readFileSync } = await import("node:fs");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const sentence = /`ErrorCategory` is a closed set:([\s\S]*?)Without a code/.exec(readme)?.[1] ?? "";
    const named = [...sentence.matchAll(/`([a-z_]+)`/g)].map((match) => match[1]).sort();
    expect(named).toEqual(Object.values(core.ErrorCategory).sort());
  });
});
