#!/usr/bin/env node
// Run after tsup in a published package's folder: one set of declarations for both formats.
// tsup writes each entry's declarations twice, as `.d.ts` (import) and `.d.cts` (require), with
// the same text. Each `.d.ts` becomes a re-export of its `.d.cts` (an ES module may import a
// CommonJS one, types included, in every resolution mode), so users install the TSDoc and
// signatures once and both formats see one `NovitaError` type; the chunks only the `.d.ts` side
// used go; the `.d.cts` files are indented by two spaces instead of the compiler's four.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(process.argv[2] ?? "dist");
const files = new Set(readdirSync(dist));
let shared = 0;
for (const file of files) {
  if (file.endsWith(".d.cts")) {
    const text = readFileSync(path.join(dist, file), "utf8");
    writeFileSync(
      path.join(dist, file),
      text.replace(/^((?: {4})+)/gm, (indent) => " ".repeat(indent.length / 2)),
    );
    continue;
  }
  if (!file.endsWith(".d.ts")) continue;
  const base = file.slice(0, -".d.ts".length);
  if (files.has(`${base}.js`) && files.has(`${base}.d.cts`)) {
    writeFileSync(path.join(dist, file), `export * from "./${base}.cjs";\n`);
    shared += 1;
  } else {
    rmSync(path.join(dist, file)); // a declaration chunk of the `.d.ts` side, now unused
  }
}
if (shared === 0) {
  console.error(`share-declarations: no entry with both .d.ts and .d.cts in ${dist}`);
  process.exit(1);
}
