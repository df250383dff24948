import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Writes a strict tsconfig into `folder` for `files` (already there) and runs
 * tsc on it: gives tsc's diagnostics, empty when everything compiles.
 */
export function compileFixture(folder: string, files: string[], compilerOptions: Record<string, unknown>): string {
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
    return String((error as { stdout?: string }).stdout ?? error);
  }
}
