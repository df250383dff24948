export { type LlmErrorCode, llmErrorCatalog } from "./catalog.js";
export * from "./code-error-classes.js";
export { isLlmError } from "./is-llm-error.js";
export { LlmError } from "./llm-error.js";
export { llmErrorFromResponse, parseLlmError } from "./parse-llm-error.js";
