/**
 * Typed errors of the Novita AI platform APIs: what applications and servers
 * use. The toolkit domain packages are made of is at
 * `@novita/errors-core/internal`. See the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-core
 */

export { MAX_ENTRIES, MAX_HEAD, MAX_IDENTIFIER, MAX_KEY, MAX_PARSED_TEXT, MAX_TEXT } from "./bounds.js";
export { type ClientErrorCode, clientErrorCatalog } from "./client-error-codes.js";
export type { ErrorCatalogEntry } from "./error-catalog-entry.js";
export { ErrorCategory } from "./error-category.js";
export type { NovitaErrorDomain, NovitaErrorDomains } from "./error-domain.js";
export type { HeaderInput } from "./header-input.js";
export { NOVITA_ERROR_BRAND } from "./identity.js";
export { isNovitaError } from "./is-novita-error.js";
export { NovitaError } from "./novita-error.js";
export type { NovitaErrorJSON } from "./novita-error-json.js";
export type { DomainErrorOptions, NovitaErrorOptions } from "./novita-error-options.js";
export type { ReadResponseOptions, ResponseLike } from "./read-response-body.js";
export { readWireError } from "./read-wire-error.js";
export { type RetryEvent, type RetryOptions, retry } from "./retry.js";
export { parseRetryAfter } from "./retry-after.js";
export { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from "./retry-budget.js";
export { type RetryDelayOptions, retryDelay } from "./retry-delay.js";
export { pickSafeHeaders } from "./safe-headers.js";
export { categoryFromStatus, normalizeStatus, retryableFromStatus } from "./status-fallback.js";
export type { ThrownErrorOptions } from "./thrown-error-options.js";
export type { WireErrorBody, WireErrorInfo, WireErrorInput, WireFormat } from "./wire-error-info.js";
export {
  type PlatformErrorBody,
  PROBLEM_JSON,
  type ProblemDetails,
  type ProblemOptions,
  toPlatformBody,
  toProblemDetails,
  toProblemResponse,
  toWireResponse,
  type WireResponse,
} from "./wire-response.js";
