import fc from "fast-check";
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
  // The grammar it scans by hand, written as a regular expression.
  const reference = (text: string, unitMs: number): number | undefined => {
    const trimmed = text.trim();
    return /^\d{1,12}(\.\d{1,6})?$/.test(trimmed)
      ? Math.round(Math.min(Math.max(Number(trimmed) * unitMs, 0), 86_400_000))
      : undefined;
  };

  it("should accept exactly the decimals of the grammar", () => {
    const decimalish = fc.stringMatching(/^\s?[\d.+\-e ]{0,22}\s?$/);
    fc.assert(
      fc.property(fc.oneof(decimalish, fc.string()), fc.constantFrom(1, 1000), (text, unitMs) => {
        expect(parseDelay(text, unitMs)).toBe(reference(text, unitMs));
      }),
      { numRuns: 2000 },
    );
  });

  it("should keep the limits of 12 digits and 6 decimals", () => {
    expect(parseDelay("123456789012", 1)).toBe(86_400_000);
    expect(parseDelay("1234567890123", 1)).toBeUndefined();
    expect(parseDelay("1.123456", 1000)).toBe(1123);
    expect(parseDelay("1.1234567", 1000)).toBeUndefined();
    expect(parseDelay("1.", 1000)).toBeUndefined();
    expect(parseDelay(".5", 1000)).toBeUndefined();
    expect(parseDelay("1..5", 1000)).toBeUndefined();
  });
});
