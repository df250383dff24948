/**
 * The brand every NovitaError carries, shared through the global symbol
 * registry so that every copy of errors-core (ESM and CJS builds, two
 * installed versions, another realm) recognises the others' errors.
 *
 * Exported for the domain packages and for tests.
 */
export const NOVITA_ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for("@novita/errors.NovitaError") as never;
