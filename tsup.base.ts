import { defineConfig } from "tsup";

// One shared build for every package: ESM + CJS with their own .d.ts / .d.cts.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  minify: false,
});
