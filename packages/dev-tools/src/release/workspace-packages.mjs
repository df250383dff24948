// The workspace's packages as the release tooling sees them: read from each
// packages/*/package.json of a repository (the real one, or a copy in a test).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * @typedef {{ name: string, version: string, folder: string, private: boolean, dependsOn: string[] }} WorkspacePackage
 */

/**
 * Every package under `<root>/packages`, with the workspace packages it depends on at run time.
 * @param {string} root
 * @returns {WorkspacePackage[]}
 */
export function readWorkspacePackages(root) {
  const folders = readdirSync(path.join(root, "packages"))
    .map((entry) => path.join(root, "packages", entry))
    .filter((folder) => existsSync(path.join(folder, "package.json")));
  const manifests = folders.map((folder) => ({
    folder,
    manifest: JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")),
  }));
  const names = new Set(manifests.map(({ manifest }) => manifest.name));
  return manifests.map(({ folder, manifest }) => ({
    name: manifest.name,
    version: manifest.version,
    folder,
    private: manifest.private === true,
    dependsOn: Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((dependency) =>
      names.has(dependency),
    ),
  }));
}

/**
 * The public packages, each after the packages it depends on (errors-core first), by name otherwise.
 * @param {WorkspacePackage[]} packages
 * @returns {WorkspacePackage[]}
 */
export function publicInDependencyOrder(packages) {
  const remaining = packages.filter((pkg) => !pkg.private).sort((a, b) => a.name.localeCompare(b.name));
  /** @type {WorkspacePackage[]} */
  const ordered = [];
  while (remaining.length > 0) {
    const next = remaining.findIndex((pkg) =>
      pkg.dependsOn.every((dependency) => ordered.some((done) => done.name === dependency)),
    );
    if (next === -1) throw new Error(`a dependency cycle among ${remaining.map((pkg) => pkg.name).join(", ")}`);
    ordered.push(...remaining.splice(next, 1));
  }
  return ordered;
}
