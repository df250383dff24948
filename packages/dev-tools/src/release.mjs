#!/usr/bin/env node
// `pnpm release` (after the build): publishes every public package whose version is not on the
// registry yet, to the registry npm's settings name, each after the packages it depends on.
// errors-core goes first; when a package fails, nothing that depends on it is published, so no
// domain ever points at a core version the registry lacks. Run it again to publish what is
// missing: what is there already is skipped. Each package is packed by pnpm (workspace ranges
// and publishConfig applied) and published by npm (which does trusted publishing and provenance).
//
//   node packages/dev-tools/src/release.mjs [--git-tag]
//
// --git-tag: tag each published version `<name>@<version>` in git, as changesets does.
// Prints `New tag: <name>@<version>` for each, the line changesets/action reads.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isPublished, provenanceSupported, runNpm } from "./release/registry.mjs";
import { runPnpm } from "./release/run-pnpm.mjs";
import { publicInDependencyOrder, readWorkspacePackages } from "./release/workspace-packages.mjs";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const root = process.cwd();
const gitTag = process.argv.includes("--git-tag");
const provenance = provenanceSupported(process.env);
const packed = mkdtempSync(path.join(tmpdir(), "novita-release-"));

/** npm's own `npm error` lines of a failed command (its notices are the tarball's listing). @param {string} stderr */
function npmErrors(stderr) {
  const errors = stderr.split("\n").filter((line) => line.startsWith("npm error"));
  return (errors.length > 0 ? errors.join("\n") : stderr).trim();
}

/** @type {Map<string, "published" | "present" | "failed">} */
const outcome = new Map();
let failures = 0;
console.log(`release: provenance ${provenance ? "on" : "off (this environment cannot attest it)"}`);
try {
  for (const pkg of publicInDependencyOrder(readWorkspacePackages(root))) {
    const id = `${pkg.name}@${pkg.version}`;
    try {
      if (isPublished(pkg.name, pkg.version, root)) {
        console.log(`release: ${id} is on the registry already`);
        outcome.set(pkg.name, "present");
        continue;
      }
      const blockedBy = pkg.dependsOn.filter((dependency) => outcome.get(dependency) === "failed");
      if (blockedBy.length > 0) {
        console.error(`release: not publishing ${id}: ${blockedBy.join(", ")} failed`);
        outcome.set(pkg.name, "failed");
        failures += 1;
        continue;
      }
      const before = new Set(readdirSync(packed));
      runPnpm(["pack", "--pack-destination", packed], pkg.folder, repository);
      const tarball = readdirSync(packed).find((file) => !before.has(file));
      if (tarball === undefined) throw new Error("pnpm pack wrote no tarball");
      const result = runNpm(
        ["publish", path.join(packed, tarball), "--access", "public", `--provenance=${provenance}`],
        root,
      );
      // A publish that errs after the registry took it (a dropped answer) is a success.
      if (!result.ok && !isPublished(pkg.name, pkg.version, root)) throw new Error(npmErrors(result.stderr));
      console.log(`release: published ${id}`);
      console.log(`New tag: ${id}`);
      outcome.set(pkg.name, "published");
      if (gitTag && execFileSync("git", ["tag", "--list", id], { cwd: root, encoding: "utf8" }).trim() === "") {
        execFileSync("git", ["tag", id], { cwd: root, stdio: "inherit" });
      }
    } catch (error) {
      console.error(`release: ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
      outcome.set(pkg.name, "failed");
      failures += 1;
    }
  }
} finally {
  rmSync(packed, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`release: ${failures} package(s) not published; run it again once the cause is fixed`);
  process.exitCode = 1;
}
