// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-llm
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
export * from "./adapt-fetch-for-openai.js";
export { type LlmErrorCode, llmErrorCatalog } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { isKnownLlmError, isLlmError, type KnownLlmError } from "./generated/is-llm-error.js";
export { createLlmError, LlmError } from "./generated/llm-error.js";
export { llmErrorFromResponse, llmErrorFromThrown, parseLlmError } from "./generated/parse-llm-error.js";
export * from "./stream-errors.js";
