/**
 * The toolkit the domain packages are made of: building a domain's classes
 * from its catalog, and turning what was read off the wire into them. Not for
 * applications, and not under their semver: a change here is no release event
 * for `@novita/errors-core`'s root entry. Backed by the same runtime files as
 * the root entry, so that no format ever loads a second `NovitaError`.
 *
 * @packageDocumentation
 * @module @novita/errors-core/internal
 */

export { cut, shortString } from "./bounds.js";
export {
  adoptDomainError,
  createDomainBaseError,
  createDomainError,
  domainErrorFromResponse,
  type PreparedDomainError,
  parseDomainError,
  prepareDomainError,
  prepareThrownDomainError,
} from "./create-domain-error.js";
export { defineCatalog, defineCatalogEntry } from "./error-catalog-entry.js";
export type { CodeErrorConstructor, DomainErrorClass, ErrorDomainDefinition } from "./error-domain-definition.js";
export type { ErrorClassStatics } from "./identity.js";
export { classNameOf, describeDomainError, initializeCodeError, initializeDomainError } from "./initialize-error.js";
export { isDocumentedError, isDomainError } from "./is-domain-error.js";
export { type ResponseBodyPrefix, readResponseBody } from "./read-response-body.js";
export { maskCredentials } from "./text-safety.js";
export { readThrownError } from "./thrown-error-source.js";
export { fromBrandedError, toWireErrorSource, type WireErrorSource } from "./wire-error-source.js";
