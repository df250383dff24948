// Finds the domains and loads what the generated files derive from: a domain
// is a folder, packages/errors-<name>, whose src/catalog.ts is the one file a
// maintainer writes (its catalog and the label its docs use).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Every domain of the repository: the packages with a `src/catalog.ts`, by name. */
export function discoverDomains(base = root) {
  return readdirSync(path.join(base, "packages"))
    .filter(
      (folder) => folder.startsWith("errors-") && existsSync(path.join(base, "packages", folder, "src/catalog.ts")),
    )
    .map((folder) => folder.slice("errors-".length))
    .sort();
}

/**
 * One entry of a domain's catalog.
 * @typedef {{ code: string, status: number, description: string, category: string, retryable: boolean }} CatalogEntry
 */

/**
 * A code seen from a domain's API that the published table does not list.
 * @typedef {CatalogEntry & { source: string }} ObservedEntry
 */

/**
 * What a domain's generated files derive from.
 * @typedef {object} DomainModel
 * @property {string} name the domain, as in `packages/errors-<name>`
 * @property {string} folder the package's folder, relative to the repository
 * @property {string} Pascal the name with a capital, as in `LlmError`
 * @property {string} label how the docs name its API
 * @property {"a" | "an"} article the article before the label
 * @property {Record<string, CatalogEntry>} catalog its catalog
 * @property {CatalogEntry[]} entries its catalog's entries, in order
 * @property {ObservedEntry[]} observed the codes seen from its API that the published table does not list
 * @property {string} sample a code for examples
 * @property {(code: string) => string} className the code → class-name rule
 * @property {string[]} modules its hand-written modules, without extension
 */

/**
 * Evaluates a TypeScript module of the repository, with errors-core's entries read from their sources.
 * @param {string} source
 * @param {string} base
 * @returns {Promise<Record<string, unknown>>}
 */
async function evaluate(source, base) {
  const result = await build({
    stdin: { contents: source, resolveDir: base, loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    alias: {
      "@novita/errors-core/internal": path.join(base, "packages/errors-core/src/internal.ts"),
      "@novita/errors-core": path.join(base, "packages/errors-core/src/index.ts"),
    },
    logLevel: "silent",
  });
  const text = result.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(text).toString("base64")}`);
}

/**
 * How errors-core classifies a status it knows nothing else of (`categoryFromStatus`,
 * `retryableFromStatus`): what a code new to a catalog starts with, until a maintainer reviews it.
 * @returns {Promise<{ categoryFromStatus: (status: number) => string, retryableFromStatus: (status: number) => boolean }>}
 */
export async function loadStatusRules(base = root) {
  const module = await evaluate('export { categoryFromStatus, retryableFromStatus } from "@novita/errors-core";', base);
  return /** @type {any} */ (module);
}

/**
 * The code → class-name rule, errors-core's own (`classNameOf`), so that it is written once.
 * @returns {Promise<(code: string) => string>}
 */
export async function loadClassNameRule(base = root) {
  const module = await evaluate('export { classNameOf } from "@novita/errors-core/internal";', base);
  return /** @type {(code: string) => string} */ (module.classNameOf);
}

/**
 * What a domain's generated files derive from: its name, label, catalog
 * entries, hand-written modules, and the names derived from them.
 * @param {string} name
 * @returns {Promise<DomainModel>}
 */
export async function loadDomain(name, base = root) {
  const folder = path.join(base, "packages", `errors-${name}`);
  const module = await evaluate(`export * from ${JSON.stringify(path.join(folder, "src/catalog.ts"))};`, base);
  const catalog = /** @type {Record<string, CatalogEntry> | undefined} */ (module[`${name}ErrorCatalog`]);
  if (catalog === undefined) throw new Error(`packages/errors-${name}/src/catalog.ts must export ${name}ErrorCatalog`);
  if (typeof module.domainLabel !== "string") {
    throw new Error(`packages/errors-${name}/src/catalog.ts must export domainLabel, how the docs name its API`);
  }
  const className = await loadClassNameRule(base);
  const entries = Object.values(catalog);
  // Codes seen in the wild that the published table does not list: optional, each with its source.
  const observed = /** @type {ObservedEntry[]} */ (Object.values(module[`${name}ObservedCatalog`] ?? {}));
  const label = /** @type {string} */ (module.domainLabel);
  // A code to show in examples: a rate limit when the domain has one, else its first code.
  const sample = (entries.find((entry) => entry.category === "rate_limit") ?? entries[0])?.code ?? "SOME_CODE";
  const modules = readdirSync(path.join(folder, "src"))
    .filter((file) => file.endsWith(".ts") && !/\.test\.ts$|\.test-support\.ts$|^catalog\.ts$|^index\.ts$/.test(file))
    .map((file) => file.slice(0, -".ts".length))
    .sort();
  return {
    name,
    folder: `packages/errors-${name}`,
    Pascal: name.charAt(0).toUpperCase() + name.slice(1),
    label,
    // "an LLM error", "a GPU instance error".
    article: /** @type {"a" | "an"} */ (/^[aeiou]|^(LLM|SDK|API)\b/i.test(label) ? "an" : "a"),
    catalog,
    entries,
    observed,
    sample,
    className,
    modules,
  };
}
