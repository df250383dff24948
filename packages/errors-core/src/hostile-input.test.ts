// Inputs made to break the readers and the guards: each case here once made a
// public function throw, hang, lose a code or keep unbounded data.
import { Readable } from "node:stream";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import {
  isNovitaError,
  MAX_ENTRIES,
  MAX_IDENTIFIER,
  MAX_KEY,
  MAX_TEXT,
  NOVITA_ERROR_BRAND,
  NovitaError,
  pickSafeHeaders,
  readWireError,
} from "./index.js";
import {
  domainErrorFromResponse,
  isDocumentedError,
  isDomainError,
  parseDomainError,
  readResponseBody,
} from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const { TestError, RateLimitExceededError, definition } = defineTestDomain(core);
const platformBody = '{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"slow down"}';

/** Values whose every property access, or any access at all, throws. */
function throwingValues(): unknown[] {
  const trap = (): never => {
    throw new Error("trap");
  };
  const everyTrap = new Proxy(
    {},
    { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const brandThrows = Object.defineProperty({}, NOVITA_ERROR_BRAND, { get: trap });
  const domainThrows = Object.defineProperty({ [NOVITA_ERROR_BRAND]: true }, "domain", { get: trap });
  const codeThrows = Object.defineProperty({ [NOVITA_ERROR_BRAND]: true, domain: "llm" }, "code", { get: trap });
  const brandedProxy = new Proxy({}, { get: (_t, key) => (key === NOVITA_ERROR_BRAND ? true : trap()) });
  return [everyTrap, revocable.proxy, brandThrows, domainThrows, codeThrows, brandedProxy];
}

describe("guards and parsers on values that throw", () => {
  for (const [index, value] of throwingValues().entries()) {
    it(`should answer, never throw (value ${index})`, () => {
      expect(typeof isNovitaError(value)).toBe("boolean");
      // A branded object that claims the domain is one by the guards' reading; its code can't be read.
      expect(typeof isDomainError(value, "llm")).toBe("boolean");
      expect(isDomainError(value, "llm", "RATE_LIMIT_EXCEEDED")).toBe(false);
      expect(isDocumentedError(value)).toBe(false);
      expect(value instanceof TestError).toBe(isDomainError(value, "llm"));
      expect(value instanceof RateLimitExceededError).toBe(false);
      expect(typeof (value instanceof NovitaError)).toBe("boolean");
      class UserError extends TestError {}
      // A user's own subclass gets the prototype check, which such a value makes throw.
      expect(value instanceof (UserError as unknown as typeof NovitaError)).toBe(false);
      const parsed = parseDomainError(value, definition);
      expect(parsed).toBeInstanceOf(TestError);
      expect(parsed === value).toBe(false);
      expect(readWireError({ status: 429, body: value, headers: value }).status).toBe(429);
      expect(pickSafeHeaders(value)).toEqual({});
    });
  }
});

describe("a look-alike carrying the brand", () => {
  const secret = "Bearer sk-live-123456";
  const lookAlike = {
    [NOVITA_ERROR_BRAND]: true,
    domain: "llm",
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    message: "slow down",
    retryAfterMs: 1500,
    requestId: "req-9",
    metadata: { k: "v" },
    headers: { authorization: secret },
    toJSON(): never {
      throw new Error("a foreign toJSON");
    },
  };

  it("should pass the guards, which read a claim (documented), but never be handed back by a parser", () => {
    expect(isNovitaError(lookAlike)).toBe(true);
    const parsed = parseDomainError(lookAlike, definition);
    expect(parsed).not.toBe(lookAlike);
    expect(parsed).toBeInstanceOf(RateLimitExceededError);
    expect(Object.getPrototypeOf(parsed)).toBe(RateLimitExceededError.prototype);
    expect(parsed).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", status: 429, message: "slow down" });
    expect(parsed).toMatchObject({ retryAfterMs: 1500, requestId: "req-9", metadata: { k: "v" } });
    expect(parsed.cause).toBe(lookAlike);
    expect(JSON.stringify(parsed)).not.toContain(secret);
    expect(Object.values(parsed.headers)).not.toContain(secret);
  });

  it("should keep an undocumented or HTTP_<status> code and its status when rebuilt", () => {
    for (const code of ["HTTP_503", "SOMETHING_NEW"]) {
      const parsed = parseDomainError({ ...lookAlike, code, status: 503 }, definition);
      expect(parsed).toBeInstanceOf(TestError);
      expect(parsed).toMatchObject({ name: "LlmError", code, status: 503 });
    }
  });

  it("should not become an error of this domain when it claims another", () => {
    const parsed = parseDomainError({ ...lookAlike, domain: "media" }, definition);
    expect(parsed).toBeInstanceOf(TestError);
    expect(parsed).not.toBeInstanceOf(RateLimitExceededError);
  });

  it("should hand back an error this copy built, as it is", () => {
    const own = new RateLimitExceededError({ requestId: "r" });
    expect(parseDomainError(own, definition)).toBe(own);
  });
});

describe("bounded data kept from a response", () => {
  it("should bound metadata key names, entries and values", () => {
    const metadata: Record<string, string> = {};
    for (let index = 0; index < 1000; index++) metadata[`${index}${"k".repeat(10_000)}`] = "v".repeat(10_000);
    const error = parseDomainError({ status: 400, body: { reason: "X", metadata } }, definition);
    const keys = Object.keys(error.metadata);
    expect(keys.length).toBe(MAX_ENTRIES);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(MAX_KEY);
    for (const value of Object.values(error.metadata)) expect(value.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(JSON.stringify(error).length).toBeLessThan(MAX_ENTRIES * (MAX_KEY + MAX_TEXT + 8) + 4096);
  });

  it("should keep at most a bounded number of x-ratelimit-* headers, in every header form", () => {
    const plain: Record<string, string> = {};
    for (let index = 0; index < 1000; index++) plain[`x-ratelimit-${index}`] = "1";
    for (const headers of [plain, new Headers(plain), new Map(Object.entries(plain))]) {
      const kept = pickSafeHeaders(headers);
      expect(Object.keys(kept).length).toBe(MAX_ENTRIES);
    }
  });

  it("should drop a request id or code longer than an identifier, never keep it whole", () => {
    const long = "r".repeat(MAX_IDENTIFIER + 1);
    const error = parseDomainError(
      { status: 400, body: { reason: long, metadata: { request_id: long } }, headers: { "x-request-id": long } },
      definition,
    );
    expect(error.code).toBe("HTTP_400");
    expect(error.requestId).toBeUndefined();
  });

  it("should keep the code of a 1 MB body given as a string, with the message cut", () => {
    const body = JSON.stringify({ code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "m".repeat(1_048_576) });
    const error = parseDomainError({ status: 429, body }, definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.message.length).toBe(MAX_TEXT);
  });
});

/** A response-like whose body is the given object, for the reader's many body forms. */
function responseWith(body: unknown, extra: object = {}): root.ResponseLike {
  return { status: 429, headers: { "retry-after": "1" }, body, ...extra };
}

describe("reading response bodies of every form", () => {
  it("should hold its deadline on a body that yields empty chunks forever", async () => {
    for (const chunk of [new Uint8Array(0), "", undefined, 42]) {
      const spinning = { getReader: () => ({ read: async () => ({ done: false, value: chunk }), cancel() {} }) };
      const prefix = await readResponseBody(responseWith(spinning), { timeoutMs: 30 });
      expect(prefix.issue).toBe("timeout");
    }
    const stream = new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(0)) });
    expect((await readResponseBody(responseWith(stream), { timeoutMs: 30 })).issue).toBe("timeout");
  });

  it("should read chunks made in another realm", async () => {
    const bytes = [...new TextEncoder().encode(platformBody)];
    const foreign = vm.runInNewContext("(bytes) => new Uint8Array(bytes)")(bytes) as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(foreign);
        controller.close();
      },
    });
    const error = await domainErrorFromResponse(responseWith(stream), definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
  });

  it("should read string chunks and ArrayBuffers", async () => {
    const half = platformBody.length >> 1;
    const bytes = new TextEncoder().encode(platformBody.slice(half));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(platformBody.slice(0, half));
        controller.enqueue(bytes.buffer);
        controller.close();
      },
    });
    expect(await domainErrorFromResponse(responseWith(stream), definition)).toBeInstanceOf(RateLimitExceededError);
  });

  it("should settle when the cancel throws or returns anything", async () => {
    for (const cancel of [
      () => {
        throw new Error("cancel");
      },
      () => 42,
      () => ({
        // biome-ignore lint/suspicious/noThenProperty: a thenable that throws, on purpose
        then() {
          throw new Error("then");
        },
      }),
    ]) {
      let sent = false;
      const reader = {
        read: async () => {
          if (sent) return new Promise(() => {});
          sent = true;
          return { done: false, value: new TextEncoder().encode("{") };
        },
        cancel,
      };
      const error = await domainErrorFromResponse(responseWith({ getReader: () => reader }), definition, {
        timeoutMs: 20,
      });
      expect(error.status).toBe(429);
    }
  });

  it("should read a Node Readable body, as node-fetch 2 gives", async () => {
    const error = await domainErrorFromResponse(responseWith(Readable.from([Buffer.from(platformBody)])), definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.retryAfterMs).toBe(1000);
  });

  it("should read a response-like that only has text()", async () => {
    const onlyText = { status: 429, headers: {}, text: async () => platformBody };
    expect(await domainErrorFromResponse(onlyText, definition)).toBeInstanceOf(RateLimitExceededError);
    const huge = { status: 500, headers: {}, text: async () => "z".repeat(100_000) };
    expect(await readResponseBody(huge, { maxBytes: 10 })).toEqual({ text: "z".repeat(10), issue: "truncated" });
    const rejecting = { status: 502, headers: {}, text: () => Promise.reject(new Error("gone")) };
    expect(await readResponseBody(rejecting)).toMatchObject({ issue: "failed" });
  });

  it("should take a timeout beyond the longest timer as that longest timer, not as 1 ms", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.name);
    };
    process.on("warning", onWarning);
    try {
      // The body arrives after 30 ms: a timeout taken as 1 ms would lose it.
      const late = new ReadableStream({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 30));
          controller.enqueue(new TextEncoder().encode(platformBody));
          controller.close();
        },
      });
      const error = await domainErrorFromResponse(responseWith(late), definition, { timeoutMs: 2 ** 40 });
      expect(error).toBeInstanceOf(RateLimitExceededError);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain("TimeoutOverflowWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("should keep the code of a body cut by the byte bound when its head holds it", async () => {
    const body = JSON.stringify({ code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "m".repeat(200_000) });
    const error = await domainErrorFromResponse(new Response(body, { status: 429 }), definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.message.length).toBe(MAX_TEXT);
  });
});

describe("an error after structuredClone or postMessage", () => {
  it("should be no Novita error for any guard: the clone keeps only an Error's message and stack", () => {
    const clone = structuredClone(new RateLimitExceededError({ requestId: "r" })) as unknown;
    expect(isNovitaError(clone)).toBe(false);
    expect(isDomainError(clone, "llm")).toBe(false);
    expect(clone instanceof NovitaError).toBe(false);
    expect(clone instanceof RateLimitExceededError).toBe(false);
  });

  it("should come back whole through its JSON form, the documented way across a boundary", () => {
    const original = new RateLimitExceededError({ requestId: "r-1", metadata: { k: "v" }, retryAfterMs: 1500 });
    const back = parseDomainError(structuredClone(JSON.parse(JSON.stringify(original))), definition);
    expect(back).toBeInstanceOf(RateLimitExceededError);
    expect(back).toMatchObject({ code: original.code, status: 429, message: original.message, requestId: "r-1" });
    expect(back).toMatchObject({ metadata: { k: "v" }, retryAfterMs: 1500 });
  });
});
