/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-core
 */

export {
  cut,
  MAX_ENTRIES,
  MAX_HEAD,
  MAX_IDENTIFIER,
  MAX_KEY,
  MAX_PARSED_TEXT,
  MAX_TEXT,
  shortString,
} from "./bounds.js";
export {
  adoptDomainError,
  createDomainBaseError,
  createDomainError,
  domainErrorFromResponse,
  parseDomainError,
  prepareDomainError,
} from "./create-domain-error.js";
export { defineCatalog, defineCatalogEntry, type ErrorCatalogEntry } from "./error-catalog-entry.js";
export { ErrorCategory } from "./error-category.js";
export type { CodeErrorConstructor, DomainErrorClass, ErrorDomainDefinition } from "./error-domain-definition.js";
export type { HeaderInput } from "./header-input.js";
export { type ErrorClassStatics, NOVITA_ERROR_BRAND } from "./identity.js";
export { describeDomainError, initializeCodeError, initializeDomainError } from "./initialize-error.js";
export { isDocumentedError, isDomainError } from "./is-domain-error.js";
export { isNovitaError } from "./is-novita-error.js";
export { NovitaError, type NovitaErrorDomain, type NovitaErrorDomains } from "./novita-error.js";
export type { NovitaErrorJSON } from "./novita-error-json.js";
export type { DomainErrorOptions, NovitaErrorOptions } from "./novita-error-options.js";
export {
  type ReadResponseOptions,
  type ResponseBodyPrefix,
  type ResponseLike,
  readResponseBody,
} from "./read-response-body.js";
export { readWireError } from "./read-wire-error.js";
export { parseRetryAfter } from "./retry-after.js";
export { pickSafeHeaders } from "./safe-headers.js";
export { categoryFromStatus, normalizeStatus, retryableFromStatus } from "./status-fallback.js";
export type { WireErrorInfo, WireErrorInput, WireFormat } from "./wire-error-info.js";
export { fromBrandedError, toWireErrorSource, type WireErrorSource } from "./wire-error-source.js";
export {
  type PlatformErrorBody,
  PROBLEM_JSON,
  type ProblemDetails,
  toPlatformBody,
  toProblemDetails,
  toProblemResponse,
  toWireResponse,
  type WireResponse,
} from "./wire-response.js";
