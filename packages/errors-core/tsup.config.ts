import { defineConfig } from "tsup";
import base from "../../tsup.base";

// Two entry points over one set of runtime files: with splitting (in CJS too), both entries
// import the chunk that holds NovitaError, so no format loads a second copy of it.
export default defineConfig({
  ...base,
  entry: ["src/index.ts", "src/internal.ts"],
  splitting: true,
  // Rollup then splits the CJS build too, natively (without it, tsup turns an ESM split into CJS
  // with sucrase, which rewrites every `?.` and `??` into helper calls).
  treeshake: true,
});
