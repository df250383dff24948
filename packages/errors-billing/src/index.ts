// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-billing
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
export { type BillingErrorCode, billingErrorCatalog } from "./catalog.js";
export { BillingError, createBillingError } from "./generated/billing-error.js";
export * from "./generated/code-error-classes.js";
export { isBillingError, isKnownBillingError, type KnownBillingError } from "./generated/is-billing-error.js";
export {
  billingErrorFromResponse,
  billingErrorFromThrown,
  parseBillingError,
} from "./generated/parse-billing-error.js";
