// Pieces every generated file shares.

/** The first line of every generated file. */
export const HEADER = "// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.\n";

/**
 * The TSDoc of an exported declaration: every generated export is public.
 * @param {string[]} lines
 */
export function doc(lines, indent = "") {
  return [
    `${indent}/**`,
    ...[...lines, "", "@public"].map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)),
    `${indent} */`,
  ].join("\n");
}
