// Generated files are formatted, linted and their imports sorted by biome, as
// every other file: what the generator writes is what `biome check` accepts.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "./load-domain.mjs";

const biome = createRequire(path.join(root, "package.json")).resolve("@biomejs/biome/bin/biome");

/**
 * `content` as biome writes it at `file` (a path relative to the repository).
 * @param {string} file
 * @param {string} content
 */
export function format(file, content) {
  if (!/\.(ts|mts|js|mjs)$/.test(file)) return content;
  return execFileSync(process.execPath, [biome, "check", "--write", `--stdin-file-path=${file}`], {
    cwd: root,
    input: content,
    encoding: "utf8",
  });
}
