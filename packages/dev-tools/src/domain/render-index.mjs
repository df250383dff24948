import { HEADER } from "./tsdoc.mjs";

/** `src/index.ts`: the package's one entry, the generated modules and every hand-written one. @param {import("./load-domain.mjs").DomainModel} d */
export function renderIndex(d) {
  const { name, Pascal: P } = d;
  return `${HEADER}/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-${name}
 */
export { type ${P}ErrorCode, ${name}ErrorCatalog } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { isKnown${P}Error, is${P}Error, type Known${P}Error } from "./generated/is-${name}-error.js";
export { create${P}Error, ${P}Error } from "./generated/${name}-error.js";
export { ${name}ErrorFromResponse, ${name}ErrorFromThrown, parse${P}Error } from "./generated/parse-${name}-error.js";
${d.modules.map((module) => `export * from "./${module}.js";`).join("\n")}
`;
}
