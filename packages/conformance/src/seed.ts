import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

/** The platform's error table, one row per code, from the repository's copy. */
export function readSeed(): SeedRow[] {
  const file = path.join(seedFixtureFolder, "error-codes.tsv");
  const [header, ...lines] = readFileSync(file, "utf8").trimEnd().split("\n");
  if (header?.trim() !== "domain\tcode\tstatus\tdescription") throw new Error(`Unexpected seed header: ${header}`);
  return lines.map((line) => {
    const [domain, code, status, description] = line.replace(/\r$/, "").split("\t");
    if (domain === undefined || code === undefined || status === undefined || description === undefined) {
      throw new Error(`Malformed seed row: ${line}`);
    }
    return { domain: domain as SeedRow["domain"], code, status: Number(status), description };
  });
}

/** The code → class-name rule: errors-core's own, written once (anchored to DESIGN's examples in class-names.test.ts). */
export { classNameOf } from "@novita/errors-core/internal";
