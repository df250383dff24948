// The version policy, as `pnpm ci:version` applies it (packages/dev-tools/src/version-packages.mjs,
// then `changeset version`), run in copies of the repository for each kind of change: exactly
// which packages move, and to what.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { copyWorkspace } from "@novita/errors-dev-tools/copy-workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED, type Published } from "./pack.js";
import { repositoryRoot } from "./seed.js";

const versionPackages = path.join(repositoryRoot, "packages/dev-tools/src/version-packages.mjs");
const copies: string[] = [];

type Manifest = { version: string; dependencies?: Record<string, string> };
const manifest = (root: string, name: Published): Manifest =>
  JSON.parse(readFileSync(path.join(root, `packages/errors-${name}/package.json`), "utf8"));
const versions = (root: string) => Object.fromEntries(PUBLISHED.map((name) => [name, manifest(root, name).version]));
const pendingChangesets = (root: string) =>
  readdirSync(path.join(root, ".changeset")).filter((file) => file.endsWith(".md") && file !== "README.md");

function runVersion(root: string): string {
  return execFileSync(process.execPath, [versionPackages], { cwd: root, encoding: "utf8", stdio: "pipe" });
}

/** A copy of `from` with one changeset added. */
function withChangeset(from: string, bumps: Partial<Record<Published, "patch" | "minor" | "major">>): string {
  const copy = mkdtempSync(path.join(tmpdir(), "novita-version-case-"));
  copies.push(copy);
  cpSync(from, copy, { recursive: true, verbatimSymlinks: true });
  const lines = Object.entries(bumps).map(([name, bump]) => `"@novita/errors-${name}": ${bump}`);
  writeFileSync(path.join(copy, ".changeset/case.md"), `---\n${lines.join("\n")}\n---\n\nA change.\n`);
  return copy;
}

let released: string;
const before = Object.fromEntries(PUBLISHED.map((name) => [name, manifest(repositoryRoot, name).version])) as Record<
  Published,
  string
>;

beforeAll(() => {
  released = copyWorkspace(repositoryRoot);
  copies.push(released);
  runVersion(released);
}, 60_000);

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe("the first release", () => {
  it("should make every published package 1.0.0, each with its changelog entry", () => {
    expect(pendingChangesets(repositoryRoot).length).toBeGreaterThan(0);
    expect(Object.values(before).every((version) => version === "0.0.0")).toBe(true);
    expect(versions(released)).toEqual(Object.fromEntries(PUBLISHED.map((name) => [name, "1.0.0"])));
    for (const name of PUBLISHED) {
      const changelog = readFileSync(path.join(released, `packages/errors-${name}/CHANGELOG.md`), "utf8");
      expect(changelog).toContain("## 1.0.0");
      expect(changelog).toContain(`First release of \`@novita/errors-${name}\``);
    }
  });

  it("should keep each domain's dependency on errors-core a workspace caret range and consume the changesets", () => {
    for (const name of PUBLISHED.filter((candidate) => candidate !== "core")) {
      expect(manifest(released, name).dependencies).toEqual({ "@novita/errors-core": "workspace:^" });
    }
    expect(pendingChangesets(released)).toEqual([]);
  });
});

// Each case: the changeset written, then the versions every package has after `pnpm ci:version`.
const CASES: {
  name: string;
  bumps: Partial<Record<Published, "patch" | "minor" | "major">>;
  expected: Record<Published, string>;
}[] = [
  {
    name: "a core patch releases core alone",
    bumps: { core: "patch" },
    expected: { core: "1.0.1", media: "1.0.0", llm: "1.0.0", gpu: "1.0.0", billing: "1.0.0" },
  },
  {
    name: "a core minor releases core alone",
    bumps: { core: "minor" },
    expected: { core: "1.1.0", media: "1.0.0", llm: "1.0.0", gpu: "1.0.0", billing: "1.0.0" },
  },
  {
    name: "a core major releases every domain as a major too",
    bumps: { core: "major" },
    expected: { core: "2.0.0", media: "2.0.0", llm: "2.0.0", gpu: "2.0.0", billing: "2.0.0" },
  },
  {
    name: "a core major with a domain's minor makes that domain a major",
    bumps: { core: "major", llm: "minor" },
    expected: { core: "2.0.0", media: "2.0.0", llm: "2.0.0", gpu: "2.0.0", billing: "2.0.0" },
  },
  {
    name: "a domain's minor releases that domain alone",
    bumps: { llm: "minor" },
    expected: { core: "1.0.0", media: "1.0.0", llm: "1.1.0", gpu: "1.0.0", billing: "1.0.0" },
  },
  {
    name: "a domain's major releases that domain alone",
    bumps: { gpu: "major" },
    expected: { core: "1.0.0", media: "1.0.0", llm: "1.0.0", gpu: "2.0.0", billing: "1.0.0" },
  },
  {
    name: "a core minor with a domain's patch releases those two",
    bumps: { core: "minor", billing: "patch" },
    expected: { core: "1.1.0", media: "1.0.0", llm: "1.0.0", gpu: "1.0.0", billing: "1.0.1" },
  },
];

describe.each(CASES)("after 1.0.0, $name", ({ bumps, expected }) => {
  let copy: string;
  beforeAll(() => {
    copy = withChangeset(released, bumps);
    runVersion(copy);
  }, 60_000);

  it("should move exactly the packages the policy says, to the versions it says", () => {
    const after = versions(copy);
    console.log(`${JSON.stringify(bumps)} → ${JSON.stringify(after)}`);
    expect(after).toEqual(expected);
    expect(pendingChangesets(copy)).toEqual([]);
  });

  it("should say in each domain released for a core major why it is a major", () => {
    for (const name of PUBLISHED.filter((candidate) => candidate !== "core")) {
      const changelog = readFileSync(path.join(copy, `packages/errors-${name}/CHANGELOG.md`), "utf8");
      const says = changelog.includes("Depends on `@novita/errors-core` 2.0.0, a new major");
      expect(says, name).toBe(bumps.core === "major" && bumps[name] !== "major");
      // The range stays a workspace caret: published, it becomes ^<core's new version>.
      expect(manifest(copy, name).dependencies).toEqual({ "@novita/errors-core": "workspace:^" });
    }
  });
});
