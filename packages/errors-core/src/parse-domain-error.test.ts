import { describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import { readWireError } from "./index.js";
import { createDomainError, parseDomainError } from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const { TestError, RateLimitExceededError, ModelNotFoundError, createTestError, definition } = defineTestDomain(core);

/** What a user builds by hand for a class: its constructor, or for the domain base its factory. */
function construct(Class: internal.DomainErrorClass<InstanceType<typeof TestError>>, options: root.DomainErrorOptions) {
  const Code = definition.classes.find((candidate) => candidate === Class);
  return Code === undefined ? createTestError(options) : new Code(options);
}

describe("parseDomainError", () => {
  it("should give the class of a documented code", () => {
    const error = parseDomainError(
      {
        status: 404,
        body: '{"code":404,"reason":"MODEL_NOT_FOUND","message":"no such model"}',
        headers: { "x-request-id": "a" },
      },
      definition,
    );
    expect(error).toBeInstanceOf(ModelNotFoundError);
    expect(error.constructor).toBe(ModelNotFoundError);
    expect(error.message).toBe("no such model");
    expect(error.requestId).toBe("a");
  });

  it("should use the description when a coded body has no message", () => {
    expect(parseDomainError({ status: 429, body: '{"reason":"RATE_LIMIT_EXCEEDED"}' }, definition).message).toBe(
      "Rate limit exceeded",
    );
  });

  it("should give the domain base with the code verbatim for an undocumented code", () => {
    const error = parseDomainError({ status: 409, body: '{"reason":"NEW_CODE","message":"later"}' }, definition);
    expect(error.constructor).toBe(TestError);
    expect(error.code).toBe("NEW_CODE");
    expect(error.category).toBe("conflict");
  });

  it("should give HTTP_<status> for a body without a code, never a documented code", () => {
    const error = parseDomainError({ status: 502, body: "<html><title>Bad Gateway</title></html>" }, definition);
    expect(error.code).toBe("HTTP_502");
    expect(error.retryable).toBe(true);
    expect(error.category).toBe("unavailable");
  });

  it("should not mistake inherited names for codes", () => {
    for (const reason of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const error = parseDomainError({ status: 400, body: JSON.stringify({ reason }) }, definition);
      expect(error.constructor).toBe(TestError);
      expect(error.code).toBe(reason);
    }
  });

  it("should return an error of the same domain unchanged", () => {
    const error = new RateLimitExceededError();
    expect(parseDomainError(error as never, definition)).toBe(error);
  });

  it("should never throw, whatever it is given", () => {
    for (const input of [undefined, null, 0, "x", [], new Error("network"), { status: "x", body: Symbol("s") }]) {
      expect(parseDomainError(input as never, definition)).toBeInstanceOf(TestError);
    }
  });
});

describe("createDomainError", () => {
  it("should keep the cause", () => {
    const cause = new Error("thrown by an SDK");
    const error = createDomainError(
      readWireError({ status: 429, body: { reason: "RATE_LIMIT_EXCEEDED" } }),
      definition,
      cause,
    );
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(RateLimitExceededError);
  });
});

describe("adoptDomainError", () => {
  // What a parser builds must be indistinguishable from what the class's constructor builds.
  const ownProperties = (error: object) =>
    Object.fromEntries(
      Object.getOwnPropertyNames(error)
        .filter((name) => name !== "stack")
        .map((name) => [name, (error as Record<string, unknown>)[name]]),
    );

  const inputs: [string, unknown][] = [
    ["a documented code", { status: 429, body: '{"reason":"RATE_LIMIT_EXCEEDED","metadata":{"k":"v"}}' }],
    ["a documented code with its message", { status: 404, body: '{"reason":"MODEL_NOT_FOUND","message":"gone"}' }],
    ["an undocumented code", { status: 409, body: '{"reason":"NEW_CODE"}' }],
    ["no code", { status: 502, body: "<html></html>", headers: { "Retry-After": "3" } }],
    ["no status", { body: '{"reason":"RATE_LIMIT_EXCEEDED"}' }],
    ["an SDK's error, kept as cause", Object.assign(new Error("429 slow"), { status: 429, headers: {} })],
  ];

  for (const [name, input] of inputs) {
    it(`should build for ${name} what the class's constructor builds`, () => {
      const [Class, options] = core.prepareDomainError(input, definition);
      if (Class === undefined) throw new Error("expected a class");
      const adopted = core.adoptDomainError(new Error(options.message, options), Class, options);
      const constructed = construct(Class, options);
      expect(Object.getPrototypeOf(adopted)).toBe(Class.prototype);
      expect(ownProperties(adopted)).toEqual(ownProperties(constructed));
      expect(Object.getOwnPropertyNames(adopted)).toEqual(Object.getOwnPropertyNames(constructed));
      expect(Object.prototype.toString.call(adopted)).toBe("[object Error]");
      expect(adopted).toBeInstanceOf(Error);
      expect(core.isDomainError(adopted, "llm")).toBe(true);
      expect(adopted).toBeInstanceOf(Class);
      expect(JSON.stringify(adopted)).toBe(JSON.stringify(constructed));
    });
  }

  it("should keep the cause the options carry", () => {
    const cause = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const prepared = core.prepareThrownDomainError(cause, definition);
    if (prepared?.[0] === undefined) throw new Error("expected a class");
    const [Class, options] = prepared;
    const adopted = core.adoptDomainError(new Error(options.message, options), Class, options);
    expect(adopted.cause).toBe(cause);
  });

  it("should start the stack at the function that built the error, with the class's name", () => {
    function callerOfTheParser() {
      return parseDomainError({ status: 429, body: '{"reason":"RATE_LIMIT_EXCEEDED"}' }, definition);
    }
    const lines = `${callerOfTheParser().stack}`.split("\n");
    expect(lines[0]).toBe("RateLimitExceededError: Rate limit exceeded");
    expect(lines[1]).toContain("parseDomainError");
    expect(lines[2]).toContain("callerOfTheParser");
  });
});
