/** Writes a strict tsconfig into `folder` for `files` and runs tsc on it: tsc's diagnostics, empty when everything compiles. */
export function compileFixture(folder: string, files: string[], compilerOptions: Record<string, unknown>): string;
