import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./seed.js";

describe("files derived from the catalogs", () => {
  it("should be up to date: classes, guards, parsers and README tables", () => {
    const output = execFileSync(
      process.execPath,
      [path.join(repositoryRoot, "packages/dev-tools/src/generate-domain-files.mjs"), "--check"],
      {
        cwd: repositoryRoot,
        encoding: "utf8",
      },
    );
    expect(output).toContain("up to date");
  }, 180_000); // the generator (biome included) takes 6–11 s on a loaded 2-core machine
});
