// Tree-shaking budgets: bundles of one import, by esbuild (minified ESM for
// the browser), gzipped. The figures are printed for the record.

import { measureBundle } from "@novita/errors-dev-tools/measure-bundle";
import { describe, expect, it } from "vitest";
import { readSeed } from "./seed.js";

const bundle = async (source: string) => measureBundle(source, import.meta.dirname);
const codes = [...new Set(readSeed().map((row) => row.code))];

/** The codes whose string appears in a bundle. */
const codesIn = (text: string) => codes.filter((code) => text.includes(`"${code}"`));

const budgets = [
  {
    name: "one class (llm RateLimitExceededError)",
    source: 'import { RateLimitExceededError } from "@novita/errors-llm"; console.log(new RateLimitExceededError());',
    // Issue 10 asks for 600 B. What each behaviour costs here is measured by `node src/class-bytes.mjs`
    // in packages/bench: with everything DESIGN does not fix cut out (toString, the user-subclass check,
    // the by-hand status and delay checks, the own code) and the class name written in the class, the
    // bundle is still about 640 B; with the name derived (which the parser's budget needs), about 690 B.
    // 835 B until issue 18: constructors coerce what plain JavaScript gives them (a string-only copy of
    // metadata and headers, a string request id, a number delay: about +110 B) and keep `cause` behind
    // a getter so that no print of the error shows a client's error quoting a key (about +80 B):
    // 1,031 B. This budget keeps it from growing.
    limit: 1035,
    codes: ["RATE_LIMIT_EXCEEDED"],
  },
  {
    name: "isGpuError(e, code)",
    source:
      'import { isGpuError } from "@novita/errors-gpu"; console.log(isGpuError(globalThis.e, "RESOURCE_NOT_FOUND"));',
    limit: 250,
    codes: ["RESOURCE_NOT_FOUND"],
  },
  {
    name: "isNovitaError",
    source: 'import { isNovitaError } from "@novita/errors-core"; console.log(isNovitaError(globalThis.e));',
    limit: 200,
    codes: [],
  },
  {
    // Issue 12: the delay alone (Retry-After capped, else full-jitter backoff), with the brand check it needs.
    name: "retryDelay",
    source: 'import { retryDelay } from "@novita/errors-core"; console.log(retryDelay(globalThis.e, 1));',
    // 400 until issue 18: options and the error read without ever throwing (getters, Proxies, BigInt).
    limit: 440,
    codes: [],
  },
  {
    name: "retry",
    source: 'import { retry } from "@novita/errors-core"; console.log(retry(globalThis.f));',
    // 800 until issue 18: a cancel ends a call in flight, not only a wait; hostile values and a hook
    // that throws are handled (the hook's failure kept at `suppressed`, the tokens returned).
    limit: 1020,
    codes: [],
  },
  {
    name: "parseGpuError with all 58 gpu codes",
    source: 'import { parseGpuError } from "@novita/errors-gpu"; console.log(parseGpuError(globalThis.e));',
    // 5,000 until issue 9 hardened the reader against hostile input (bounded keys and headers, look-alike
    // rebuild, the code of a cut or huge body): about +300 B, 5,183 B. Issue 11 moved reading SDK errors
    // to xxxErrorFromThrown (not in this bundle), but a parser must read back the client-side codes
    // (status 0, their category: clientErrorCatalog) and a relay's metadata.raw: 5,324 B. Issue 12 made
    // what an error keeps safe to log (credentials masked, control characters out of identifiers) and
    // gave every error a one-line toString: about 5,570 B. Issue 18 masked more shapes of credentials
    // (JWTs, keys in URLs, x-api-key, JSON escapes) in codes and request ids too, bounded every
    // iteration over input and coerced constructors' input, and takes the fields it read as they are
    // (no second copy: parse 1.17–1.20 → 1.09–1.15 × openai): 6,232 B. Issue 10 (≤ 5,000 B) stays open.
    limit: 6240,
    codes: undefined,
  },
];

describe("bundle budgets", () => {
  for (const budget of budgets) {
    it(`should keep ${budget.name} within ${budget.limit} B gzip`, async () => {
      const { text, minified, gzip: size } = await bundle(budget.source);
      console.log(`${budget.name}: ${minified} B minified, ${size} B gzip (budget ${budget.limit})`);
      expect(size).toBeLessThanOrEqual(budget.limit);
      if (budget.codes !== undefined) expect(codesIn(text)).toEqual(budget.codes);
    });
  }

  it("should hold every gpu code, and no other domain's, in parseGpuError's bundle", async () => {
    const { text } = await bundle(
      'import { parseGpuError } from "@novita/errors-gpu"; console.log(parseGpuError(globalThis.e));',
    );
    const gpu = readSeed().filter((row) => row.domain === "gpu");
    for (const row of gpu) expect(text).toContain(`"${row.code}"`);
    expect(text).not.toContain("IMAGE_NO_FACE_DETECTED");
    expect(text).not.toContain("Too many requests, please try again later");
  });
});
