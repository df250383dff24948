// `pnpm changeset version` turns the pending changesets into independent
// version bumps and changelogs, one package at a time. Run on a copy of the
// workspace's manifests, so that the repository itself is left as it is.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED } from "./pack.js";
import { repositoryRoot } from "./seed.js";

let copy: string;
const packages = readdirSync(path.join(repositoryRoot, "packages"));
const changesetBin = path.join(
  path.dirname(createRequire(path.join(repositoryRoot, "package.json")).resolve("@changesets/cli/package.json")),
  "bin.js",
);

function manifest(folder: string): { version: string; private?: boolean; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8"));
}

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), "novita-changesets-"));
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset"]) {
    cpSync(path.join(repositoryRoot, file), path.join(copy, file), { recursive: true });
  }
  for (const name of packages) {
    mkdirSync(path.join(copy, "packages", name), { recursive: true });
    for (const file of ["package.json", "CHANGELOG.md"]) {
      const source = path.join(repositoryRoot, "packages", name, file);
      if (existsSync(source)) cpSync(source, path.join(copy, "packages", name, file));
    }
  }
  execFileSync(process.execPath, [changesetBin, "version"], { cwd: copy, encoding: "utf8" });
}, 60_000);

afterAll(() => {
  if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
});

describe("changeset version", () => {
  const pending = readdirSync(path.join(repositoryRoot, ".changeset")).filter(
    (file) => file.endsWith(".md") && file !== "README.md",
  );

  it("should have changesets pending for the packages", () => {
    expect(pending.length).toBeGreaterThan(0);
  });

  it("should bump each published package on its own, with a changelog entry", () => {
    for (const name of PUBLISHED) {
      const folder = path.join(repositoryRoot, `packages/errors-${name}`);
      const before = manifest(folder).version;
      const after = manifest(path.join(copy, `packages/errors-${name}`)).version;
      expect(after, name).not.toBe(before);
      const changelog = readFileSync(path.join(copy, `packages/errors-${name}/CHANGELOG.md`), "utf8");
      expect(changelog).toContain(`## ${after}`);
      expect(changelog).toContain(`First release of \`@novita/errors-${name}\``);
    }
  });

  it("should keep each domain package's dependency on errors-core a workspace caret range", () => {
    for (const name of PUBLISHED.filter((candidate) => candidate !== "core")) {
      expect(manifest(path.join(copy, `packages/errors-${name}`)).dependencies).toEqual({
        "@novita/errors-core": "workspace:^",
      });
    }
  });

  it("should leave the private packages alone and consume the changesets", () => {
    for (const name of packages) {
      const original = manifest(path.join(repositoryRoot, "packages", name));
      if (original.private) expect(manifest(path.join(copy, "packages", name)).version).toBe(original.version);
    }
    const left = readdirSync(path.join(copy, ".changeset")).filter(
      (file) => file.endsWith(".md") && file !== "README.md",
    );
    expect(left).toEqual([]);
  });
});
