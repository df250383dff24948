import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readTable } from "@novita/errors-dev-tools/catalog-table";
import { describe, expect, it } from "vitest";
import { readSeed, repositoryRoot, seedFixtureFolder } from "./seed.js";

// The table as the project received it, beside the repository on the team's machines only.
const originalFolder = path.resolve(repositoryRoot, "../shared/seed");
const files = ["error-codes.tsv", "error-codes.txt"];
/** Rows of the published text form, read as `pnpm catalog:sync` reads it. */
function readPublishedText(): string[] {
  return readTable(readFileSync(path.join(seedFixtureFolder, "error-codes.txt"), "utf8")).map((row) =>
    [row.domain, row.code, row.status, row.description].join("\t"),
  );
}

describe("the repository's copy of the platform's error table", () => {
  it("should be inside the repository, so that a fresh clone can test itself", () => {
    for (const file of files) expect(existsSync(path.join(seedFixtureFolder, file))).toBe(true);
  });

  it("should hold the same rows in its tab-separated and its published text forms", () => {
    const tsv = readSeed().map((row) => [row.domain, row.code, row.status, row.description].join("\t"));
    expect(tsv.length).toBeGreaterThan(0);
    expect(readPublishedText()).toEqual(tsv);
  });

  // Registered only where the original exists: a user's clone has nothing to compare with.
  if (existsSync(originalFolder)) {
    it("should be byte for byte the original beside the repository", () => {
      for (const file of files) {
        expect(readFileSync(path.join(seedFixtureFolder, file), "utf8")).toBe(
          readFileSync(path.join(originalFolder, file), "utf8"),
        );
      }
    });
  }
});
