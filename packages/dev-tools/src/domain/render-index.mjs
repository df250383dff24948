import { HEADER } from "./tsdoc.mjs";

/**
 * What applications use from errors-core, re-exported by every domain package so that
 * `npm i @novita/errors-<domain>` alone runs everything its README shows (under pnpm's strict
 * layout and Yarn PnP too, where errors-core is not the application's own dependency). The same
 * bindings, not copies: `NovitaError` stays one class in the process.
 */
const CORE_FOR_APPLICATIONS = [
  "clientErrorCatalog",
  "createRetryBudget",
  "ErrorCategory",
  "isNovitaError",
  "NovitaError",
  "PROBLEM_JSON",
  "retry",
  "retryDelay",
  "toPlatformBody",
  "toProblemDetails",
  "toProblemResponse",
  "toWireResponse",
  "type ClientErrorCode",
  "type ErrorCatalogEntry",
  "type NovitaErrorDomain",
  "type NovitaErrorJSON",
  "type NovitaErrorOptions",
  "type PlatformErrorBody",
  "type ProblemDetails",
  "type ProblemOptions",
  "type RetryBudget",
  "type RetryBudgetOptions",
  "type RetryDelayOptions",
  "type RetryEvent",
  "type RetryOptions",
  "type ThrownErrorOptions",
  "type WireResponse",
];

/** `src/index.ts`: the package's one entry, the generated modules and every hand-written one. @param {import("./load-domain.mjs").DomainModel} d */
export function renderIndex(d) {
  const { name, Pascal: P } = d;
  return `${HEADER}/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-${name}
 */
// What applications use from errors-core, so that this package alone is enough to install.
export { ${CORE_FOR_APPLICATIONS.join(", ")} } from "@novita/errors-core";
export { type ${P}ErrorCode, ${name}ErrorCatalog${d.observed.length > 0 ? `, ${name}ObservedCatalog` : ""} } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { isKnown${P}Error, is${P}Error, type Known${P}Error } from "./generated/is-${name}-error.js";
export { create${P}Error, ${P}Error } from "./generated/${name}-error.js";
export { ${name}ErrorFromResponse, ${name}ErrorFromThrown, parse${P}Error } from "./generated/parse-${name}-error.js";
${d.modules.map((module) => `export * from "./${module}.js";`).join("\n")}
`;
}
