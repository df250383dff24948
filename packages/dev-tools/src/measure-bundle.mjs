// The size of what a bundler keeps of an import: esbuild (bundle, minify,
// ESM, browser), then gzip level 9. Shared by the budget tests and the bench.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Bundles `source` (resolving imports from `resolveDir`): its text and sizes in bytes. */
export async function measureBundle(source, resolveDir) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { text, minified: text.length, gzip: gzipSize(text) };
}

/** The gzip size of `text` in bytes, as every bundle figure is given (level 9). */
export function gzipSize(text) {
  return gzipSync(text, { level: 9 }).length;
}
