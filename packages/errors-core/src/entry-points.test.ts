// The root entry and the toolkit at /internal are backed by the same runtime
// files: in each format, there is one NovitaError, whichever entry loaded it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type * as Root from "./index.js";
import type * as Internal from "./internal.js";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const require = createRequire(import.meta.url);
const load = async (format: "esm" | "cjs") =>
  format === "esm"
    ? {
        root: (await import(pathToFileURL(path.join(dist, "index.js")).href)) as typeof Root,
        internal: (await import(pathToFileURL(path.join(dist, "internal.js")).href)) as typeof Internal,
      }
    : {
        root: require(path.join(dist, "index.cjs")) as typeof Root,
        internal: require(path.join(dist, "internal.cjs")) as typeof Internal,
      };

for (const format of ["esm", "cjs"] as const) {
  describe(`the two entry points of errors-core (${format})`, () => {
    it("should share one NovitaError: what the toolkit builds on the root's class is its own", async () => {
      const { root, internal } = await load(format);
      abstract class SandboxError extends root.NovitaError<string, "llm"> {
        static override readonly domain = "llm";
      }
      const built = internal.createDomainBaseError(SandboxError, { code: "NEW", status: 409 });
      expect(built).toBeInstanceOf(root.NovitaError);
      expect(root.isNovitaError(built)).toBe(true);
      // The toolkit recognises it as built by this very copy (its prototype check uses its own NovitaError).
      expect(internal.fromBrandedError(built, "llm")).toBeUndefined();
      expect(internal.parseDomainError(built, { domain: "llm", Base: SandboxError, classes: [] })).toBe(built);
    });

    it("should define NovitaError in no entry file, only in the shared chunk", () => {
      for (const entry of ["index", "internal"]) {
        const text = readFileSync(path.join(dist, `${entry}.${format === "esm" ? "js" : "cjs"}`), "utf8");
        expect(text).not.toMatch(/class NovitaError\b/);
      }
    });
  });
}
