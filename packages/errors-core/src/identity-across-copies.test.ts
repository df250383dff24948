// Identity across copies: the ESM and CJS builds loaded together, a second
// copy of dist in another folder (as with two installed versions), and
// another realm. Runs against the built dist, which turbo builds first.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import type * as Root from "./index.js";
import type * as Internal from "./internal.js";

/** Both entry points of errors-core, as one module. */
type Core = typeof Root & typeof Internal;

import { defineOtherDomain, defineTestDomain } from "./test-domain.test-support.js";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const require = createRequire(import.meta.url);
const copyFolder = mkdtempSync(path.join(tmpdir(), "novita-core-copy-"));
cpSync(dist, copyFolder, { recursive: true });

afterAll(() => rmSync(copyFolder, { recursive: true, force: true }));

/** Both entry points of one copy of the built package, as one module. */
async function loadEsm(folder: string): Promise<Core> {
  const root = await import(pathToFileURL(path.join(folder, "index.js")).href);
  const internal = await import(pathToFileURL(path.join(folder, "internal.js")).href);
  return { ...root, ...internal } as Core;
}
const esm = await loadEsm(dist);
const cjs = { ...require(path.join(dist, "index.cjs")), ...require(path.join(dist, "internal.cjs")) } as Core;
const copy = await loadEsm(copyFolder);

const copies = { esm, cjs, copy };

describe("identity across copies of errors-core", () => {
  it("should load distinct class objects", () => {
    expect(esm.NovitaError).not.toBe(cjs.NovitaError);
    expect(esm.NovitaError).not.toBe(copy.NovitaError);
  });

  for (const [makerName, maker] of Object.entries(copies)) {
    for (const [checkerName, checker] of Object.entries(copies)) {
      it(`should agree between guards and instanceof: built by ${makerName}, checked by ${checkerName}`, () => {
        const made = defineTestDomain(maker);
        const seen = defineTestDomain(checker);
        const otherDomain = defineOtherDomain(checker);
        const error = new made.RateLimitExceededError();
        const base = made.createTestError({ code: "RATE_LIMIT_EXCEEDED", status: 429 });

        expect(checker.isNovitaError(error)).toBe(true);
        expect(error instanceof checker.NovitaError).toBe(true);
        expect(error instanceof seen.TestError).toBe(true);
        expect(error instanceof seen.RateLimitExceededError).toBe(true);
        expect(checker.isDomainError(error, "llm", "RATE_LIMIT_EXCEEDED")).toBe(true);

        expect(error instanceof seen.ModelNotFoundError).toBe(false);
        expect(checker.isDomainError(error, "llm", "MODEL_NOT_FOUND")).toBe(false);
        expect(error instanceof otherDomain.MediaRateLimitExceededError).toBe(false);
        expect(checker.isDomainError(error, "media", "RATE_LIMIT_EXCEEDED")).toBe(false);

        expect(base instanceof seen.TestError).toBe(true);
        expect(base instanceof seen.RateLimitExceededError).toBe(false);
        expect(checker.isDomainError(base, "llm", "RATE_LIMIT_EXCEEDED")).toBe(false);
      });
    }
  }

  it("should refuse a look-alike in every copy", () => {
    const fake = Object.assign(new Error("x"), { code: "RATE_LIMIT_EXCEEDED", domain: "llm", status: 429 });
    for (const core of Object.values(copies)) {
      expect(core.isNovitaError(fake)).toBe(false);
      expect(fake instanceof defineTestDomain(core).RateLimitExceededError).toBe(false);
    }
  });

  it("should recognise an error built in another realm", () => {
    // The CJS build evaluated inside a fresh context: its own Error, Object and classes,
    // its files loaded by a require of that context.
    const context = vm.createContext({});
    const loaded = new Map<string, unknown>();
    const load = (file: string): unknown => {
      if (loaded.has(file)) return loaded.get(file);
      const module = { exports: {} };
      loaded.set(file, module.exports);
      const wrapper = vm.runInContext(
        `(function (exports, require, module) {${readFileSync(file, "utf8")}\n})`,
        context,
      );
      wrapper(module.exports, (request: string) => load(path.resolve(path.dirname(file), request)), module);
      loaded.set(file, module.exports);
      return module.exports;
    };
    context.core = {
      ...(load(path.join(dist, "index.cjs")) as object),
      ...(load(path.join(dist, "internal.cjs")) as object),
    };
    const made = vm.runInContext(
      `class E extends core.NovitaError {
         static domain = "llm";
       }
       core.createDomainBaseError(E, { code: "NEW_CODE", status: 418 })`,
      context,
    ) as unknown;
    expect(made instanceof Error).toBe(false);
    expect(esm.isNovitaError(made)).toBe(true);
    expect(made instanceof esm.NovitaError).toBe(true);
    expect(made instanceof defineTestDomain(esm).TestError).toBe(true);
    expect(made instanceof defineTestDomain(esm).RateLimitExceededError).toBe(false);
  });
});
