// Every domain package through both entry points, as consumers load them:
// the domains are found as folders (packages/errors-<name> with a catalog), and
// each is loaded from its built dist, so a new domain needs no edit here.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { discoverDomains, root } from "@novita/errors-dev-tools/domains";
import { readSeed } from "./seed.js";

const require = createRequire(import.meta.url);

/** A domain's name, as in `packages/errors-<name>`. */
export type Domain = string;

/** Every domain package of the repository. */
export const DOMAINS: readonly Domain[] = discoverDomains();

/** The domains of the platform's published table, which must all have a package. */
export const PLATFORM_DOMAINS: readonly Domain[] = [...new Set(readSeed().map((row) => row.domain))];

const dist = (domain: Domain, file: string) => path.join(root, "packages", `errors-${domain}`, "dist", file);

/** Each domain's ESM entry, as `import` loads it. */
export const esm: Readonly<Record<Domain, Record<string, unknown>>> = Object.fromEntries(
  await Promise.all(
    DOMAINS.map(async (domain) => [domain, await import(pathToFileURL(dist(domain, "index.js")).href)]),
  ),
);
/** Each domain's CJS entry, as `require` loads it. */
export const cjs: Readonly<Record<Domain, Record<string, unknown>>> = Object.fromEntries(
  DOMAINS.map((domain) => [domain, require(dist(domain, "index.cjs"))]),
);

/** The exports every domain package has, under their domain-specific names. */
export function domainApi(module: Record<string, unknown>, domain: Domain) {
  const pascal = domain.charAt(0).toUpperCase() + domain.slice(1);
  return {
    Base: module[`${pascal}Error`] as new (options?: object) => Error & Record<string, unknown>,
    catalog: module[`${domain}ErrorCatalog`] as Record<string, Record<string, unknown>>,
    is: module[`is${pascal}Error`] as (value: unknown, code?: string) => boolean,
    parse: module[`parse${pascal}Error`] as (input: unknown) => Error & Record<string, unknown>,
    fromThrown: module[`${domain}ErrorFromThrown`] as (
      thrown: unknown,
    ) => (Error & Record<string, unknown>) | undefined,
    fromResponse: module[`${domain}ErrorFromResponse`] as (
      response: Response,
    ) => Promise<Error & Record<string, unknown>>,
    classNamed: (name: string) =>
      module[name] as (new (options?: object) => Error & Record<string, unknown>) | undefined,
  };
}
