#!/usr/bin/env node
// `pnpm ci:version`: the version policy, then `changeset version`, in the current folder's
// repository (the real one, or a copy in a test).
//
// Independent versions, with one rule changesets alone does not apply: a package whose
// dependency gets a major is released as a major too, since its public types extend that
// dependency's (a domain's classes extend core's `NovitaError`). changesets would give it a patch
// whose range jumps to the new major, and a plain `npm update` would then install a second core
// beside the application's. Everything else is changesets' own: a core patch or minor stays in
// the domains' caret range and releases core alone; a domain's change releases that domain alone.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readPendingBumps } from "./release/pending-changesets.mjs";
import { readWorkspacePackages } from "./release/workspace-packages.mjs";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const changesetBin = path.join(
  path.dirname(createRequire(path.join(repository, "package.json")).resolve("@changesets/cli/package.json")),
  "bin.js",
);

/** @param {string} version */
const nextMajor = (version) => `${Number(version.split(".")[0]) + 1}.0.0`;

/**
 * Writes one changeset per dependency released as a major, making each public dependent a major
 * too (transitively). Gives the files written.
 * @param {string} root
 * @returns {string[]}
 */
export function applyMajorPolicy(root) {
  const packages = readWorkspacePackages(root);
  const bumps = readPendingBumps(root);
  /** @type {string[]} */
  const written = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const dependency of packages) {
      if (bumps.get(dependency.name) !== "major") continue;
      const dependents = packages.filter(
        (pkg) => !pkg.private && pkg.dependsOn.includes(dependency.name) && bumps.get(pkg.name) !== "major",
      );
      if (dependents.length === 0) continue;
      const major = nextMajor(dependency.version);
      const file = path.join(
        root,
        ".changeset",
        `${dependency.name.replace(/^@/, "").replace(/\//g, "-")}-${major}-dependents.md`,
      );
      writeFileSync(
        file,
        `---\n${dependents.map((pkg) => `"${pkg.name}": major`).join("\n")}\n---\n\n` +
          `Depends on \`${dependency.name}\` ${major}, a new major: this package's public types extend its types, so it is a major release too.\n`,
      );
      written.push(file);
      for (const pkg of dependents) bumps.set(pkg.name, "major");
      changed = true;
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  for (const file of applyMajorPolicy(root)) console.log(`version policy: wrote ${path.relative(root, file)}`);
  execFileSync(process.execPath, [changesetBin, "version"], { cwd: root, stdio: "inherit" });
}
