import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readTable } from "@novita/errors-dev-tools/catalog-table";

/** The repository's root folder. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** One row of the platform's published error table. */
export interface SeedRow {
  readonly domain: "media" | "llm" | "gpu" | "billing";
  readonly code: string;
  readonly status: number;
  readonly description: string;
}

/**
 * The repository's copy of the platform's published error table. A clone holds nothing outside
 * the repository, so the tests read this copy; `seed-copy.test.ts` checks it against the
 * original where that is present.
 */
export const seedFixtureFolder = path.resolve(repositoryRoot, "packages/conformance/fixtures");

/** The platform's error table, one row per code, from the repository's copy, read as `pnpm catalog:sync` reads it. */
export function readSeed(): SeedRow[] {
  const text = readFileSync(path.join(seedFixtureFolder, "error-codes.tsv"), "utf8");
  return readTable(text).map(({ domain, code, status, description }) => ({
    domain: domain as SeedRow["domain"],
    code,
    status,
    description,
  }));
}

/** The code → class-name rule: errors-core's own, written once (anchored to DESIGN's examples in class-names.test.ts). */
export { classNameOf } from "@novita/errors-core/internal";
