// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-llm
 */

export * from "./adapt-fetch-for-openai.js";
export { type LlmErrorCode, llmErrorCatalog } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { isKnownLlmError, isLlmError, type KnownLlmError } from "./generated/is-llm-error.js";
export { createLlmError, LlmError } from "./generated/llm-error.js";
export { llmErrorFromResponse, llmErrorFromThrown, parseLlmError } from "./generated/parse-llm-error.js";
export * from "./stream-errors.js";
