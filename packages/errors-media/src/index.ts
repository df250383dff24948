// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-media
 */
// What applications use from errors-core, so that this package alone is enough to install.
export {
  type ClientErrorCode,
  clientErrorCatalog,
  createRetryBudget,
  type ErrorCatalogEntry,
  ErrorCategory,
  isNovitaError,
  NovitaError,
  type NovitaErrorDomain,
  type NovitaErrorJSON,
  type NovitaErrorOptions,
  type PlatformErrorBody,
  PROBLEM_JSON,
  type ProblemDetails,
  type ProblemOptions,
  type RetryBudget,
  type RetryBudgetOptions,
  type RetryDelayOptions,
  type RetryEvent,
  type RetryOptions,
  retry,
  retryDelay,
  type ThrownErrorOptions,
  toPlatformBody,
  toProblemDetails,
  toProblemResponse,
  toWireResponse,
  type WireResponse,
} from "@novita/errors-core";
export { type MediaErrorCode, mediaErrorCatalog, mediaObservedCatalog } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { isKnownMediaError, isMediaError, type KnownMediaError } from "./generated/is-media-error.js";
export { createMediaError, MediaError } from "./generated/media-error.js";
export { mediaErrorFromResponse, mediaErrorFromThrown, parseMediaError } from "./generated/parse-media-error.js";
export * from "./task-failure.js";
