import { defineConfig } from "tsup";

// One shared build for every package: ESM + CJS with their own .d.ts / .d.cts.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  // No source maps: the output is unminified, with the sources' names and layout, so a stack trace
  // into dist reads as it is; maps (with the TypeScript embedded) were half of what users installed.
  sourcemap: false,
  clean: true,
  target: "es2022",
  minify: false,
});
