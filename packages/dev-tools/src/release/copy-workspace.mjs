// A copy of the repository as the release tooling sees it, for tests that version or publish
// without touching the repository: the root manifests, the changesets, and each public package's
// manifest, README, changelog and license (with what it ships, when asked), linked to each other
// as `pnpm install` links them, so that `pnpm pack` resolves `workspace:^`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkspacePackages } from "./workspace-packages.mjs";

/**
 * @param {string} root the repository
 * @param {{ shipped?: boolean }} [options] `shipped`: also copy what each package ships (its `files`)
 * @returns {string} the copy's root, in a new temporary folder
 */
export function copyWorkspace(root, options = {}) {
  const copy = mkdtempSync(path.join(tmpdir(), "novita-workspace-"));
  for (const file of ["package.json", "pnpm-workspace.yaml", "LICENSE", ".changeset"]) {
    cpSync(path.join(root, file), path.join(copy, file), { recursive: true });
  }
  const packages = readWorkspacePackages(root).filter((pkg) => !pkg.private);
  for (const pkg of packages) {
    const folder = path.join(copy, "packages", path.basename(pkg.folder));
    mkdirSync(folder, { recursive: true });
    /** @type {{ files?: string[] }} */
    const manifest = JSON.parse(readFileSync(path.join(pkg.folder, "package.json"), "utf8"));
    const shipped = options.shipped ? (manifest.files ?? []) : [];
    const files = ["package.json", "README.md", "CHANGELOG.md", "LICENSE", ...shipped];
    for (const file of files) {
      const source = path.join(pkg.folder, file);
      if (existsSync(source)) cpSync(source, path.join(folder, file), { recursive: true });
    }
  }
  for (const pkg of packages) {
    for (const dependency of pkg.dependsOn) {
      const target = packages.find((candidate) => candidate.name === dependency);
      if (target === undefined) continue;
      const link = path.join(copy, "packages", path.basename(pkg.folder), "node_modules", dependency);
      mkdirSync(path.dirname(link), { recursive: true });
      symlinkSync(path.join(copy, "packages", path.basename(target.folder)), link, "dir");
    }
  }
  return copy;
}
