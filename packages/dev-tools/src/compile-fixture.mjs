import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** How README examples are compiled: as a bundler-resolved ES module with the DOM and Node's types. */
export const README_COMPILER_OPTIONS = Object.freeze({
  module: "esnext",
  moduleResolution: "bundler",
  lib: ["es2022", "dom", "dom.iterable"],
  types: ["node"],
  skipLibCheck: true,
});

/**
 * Writes a strict tsconfig into `folder` for `files` (already there) and runs
 * tsc on it: gives tsc's diagnostics, empty when everything compiles. Imports
 * resolve from `folder`, so from the packages of the workspace package that holds it.
 *
 * @param {string} folder
 * @param {string[]} files
 * @param {Record<string, unknown>} compilerOptions
 * @returns {string}
 */
export function compileFixture(folder, files, compilerOptions) {
  writeFileSync(
    path.join(folder, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        ...compilerOptions,
      },
      files,
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, "-p", folder], { encoding: "utf8" });
    return "";
  } catch (error) {
    return String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
  }
}
