// The bumps the pending changesets ask for, read from their front matter
// (`"@novita/errors-llm": minor`), the largest per package.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** @typedef {"patch" | "minor" | "major"} Bump */

/** @type {readonly Bump[]} */
const BUMPS = ["patch", "minor", "major"];

/**
 * The larger of two bumps (`undefined` is none).
 * @param {Bump | undefined} a
 * @param {Bump} b
 * @returns {Bump}
 */
export function largerBump(a, b) {
  return a === undefined || BUMPS.indexOf(b) > BUMPS.indexOf(a) ? b : a;
}

/**
 * @param {string} root
 * @returns {Map<string, Bump>} package name → the largest bump asked for
 */
export function readPendingBumps(root) {
  const folder = path.join(root, ".changeset");
  /** @type {Map<string, Bump>} */
  const bumps = new Map();
  for (const file of readdirSync(folder)) {
    if (!file.endsWith(".md") || file === "README.md") continue;
    const text = readFileSync(path.join(folder, file), "utf8");
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (frontMatter === undefined) throw new Error(`.changeset/${file} has no front matter`);
    for (const line of frontMatter.split(/\r?\n/)) {
      if (line.trim() === "") continue;
      const match = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major|none)\s*$/.exec(line);
      if (match === null) throw new Error(`.changeset/${file}: cannot read "${line}"`);
      const [, name = "", bump] = match;
      if (bump === "none") continue;
      bumps.set(name, largerBump(bumps.get(name), /** @type {Bump} */ (bump)));
    }
  }
  return bumps;
}
