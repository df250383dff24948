/** How README examples are compiled: as a bundler-resolved ES module with the DOM and Node's types. */
export const README_COMPILER_OPTIONS: Readonly<Record<string, unknown>>;
/** Writes a strict tsconfig into `folder` for `files` and runs tsc on it: tsc's diagnostics, empty when everything compiles. */
export function compileFixture(folder: string, files: string[], compilerOptions: Record<string, unknown>): string;
