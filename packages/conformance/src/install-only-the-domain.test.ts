// `npm i @novita/errors-<domain>` alone is enough: each domain re-exports what
// applications use of errors-core, as the same bindings (one NovitaError in the
// process), and its README imports nothing from errors-core, which under pnpm's
// strict layout or Yarn PnP is not the application's dependency.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cjs, DOMAINS, esm } from "./packages.js";
import { repositoryRoot } from "./seed.js";

const coreCjs = createRequire(import.meta.url)("@novita/errors-core") as Record<string, unknown>;
const coreEsm: Record<string, unknown> = await import("@novita/errors-core");

/** What applications use of core, as the domain READMEs and core's README name it. */
const FOR_APPLICATIONS = [
  "NovitaError",
  "isNovitaError",
  "ErrorCategory",
  "retry",
  "retryDelay",
  "createRetryBudget",
  "toPlatformBody",
  "toWireResponse",
  "toProblemDetails",
  "toProblemResponse",
  "PROBLEM_JSON",
  "clientErrorCatalog",
] as const;

describe.each(DOMAINS)("@novita/errors-%s alone", (domain) => {
  it("should re-export what applications use of errors-core, the same bindings in ESM and in CJS", () => {
    for (const name of FOR_APPLICATIONS) {
      expect(esm[domain]?.[name], `${name} (ESM)`).toBeDefined();
      expect(esm[domain]?.[name], `${name} (ESM)`).toBe(coreEsm[name]);
      expect(cjs[domain]?.[name], `${name} (CJS)`).toBe(coreCjs[name]);
    }
  });

  it("should make its classes extend the one NovitaError it re-exports", () => {
    const pascal = domain.charAt(0).toUpperCase() + domain.slice(1);
    const base = esm[domain]?.[`${pascal}Error`] as { prototype: object };
    const novitaError = esm[domain]?.NovitaError as { prototype: object };
    // instanceof answers by brand; the chain itself must hold the one class.
    expect(Object.getPrototypeOf(base.prototype)).toBe(novitaError.prototype);
  });

  it("should import nothing from errors-core in its README", () => {
    const readme = readFileSync(path.join(repositoryRoot, `packages/errors-${domain}/README.md`), "utf8");
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => /from "@novita\/errors-core/.test(block))).toEqual([]);
  });
});
