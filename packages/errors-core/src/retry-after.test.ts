import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./index.js";
import { parseDelay } from "./retry-after.js";

describe("parseRetryAfter", () => {
  it("should read delta-seconds", () => {
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter(" 120 ")).toBe(120_000);
    expect(parseRetryAfter("1.5")).toBe(1500);
  });

  it("should read an HTTP-date against the current time", () => {
    const now = Date.parse("Wed, 21 Oct 2015 07:27:00 GMT");
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Wednesday, 21-Oct-15 07:28:00 GMT", now)).toBe(60_000);
  });

  it("should give 0 for a date in the past", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("2020-01-01T00:00:00Z"))).toBe(0);
  });

  it("should cap the delay at a day", () => {
    expect(parseRetryAfter("999999999")).toBe(86_400_000);
  });

  for (const garbage of [
    "",
    "soon",
    "-1",
    "+5",
    "1e3",
    "Infinity",
    "NaN",
    "0x10",
    "2 seconds",
    "Mon, 99 Foo 2015",
    "1".repeat(400),
  ]) {
    it(`should give undefined for ${JSON.stringify(garbage.slice(0, 20))}`, () => {
      expect(parseRetryAfter(garbage)).toBeUndefined();
    });
  }

  it("should give undefined for a missing header", () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("parseDelay", () => {
  it("should keep the limits of 12 digits and 6 decimals", () => {
    expect(parseDelay("123456789012", 1)).toBe(86_400_000);
    expect(parseDelay("1234567890123", 1)).toBeUndefined();
    expect(parseDelay("1.123456", 1000)).toBe(1123);
    expect(parseDelay("1.1234567", 1000)).toBeUndefined();
    expect(parseDelay("1.", 1000)).toBeUndefined();
    expect(parseDelay(".5", 1000)).toBeUndefined();
    expect(parseDelay("1..5", 1000)).toBeUndefined();
  });

  it("should read retry-after-ms in milliseconds, and a missing header as none", () => {
    expect(parseDelay(" 250 ", 1)).toBe(250);
    expect(parseDelay("1.5", 1)).toBe(2);
    expect(parseDelay(undefined, 1)).toBeUndefined();
  });
});
