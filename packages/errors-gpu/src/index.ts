// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-gpu
 */
export { type GpuErrorCode, gpuErrorCatalog } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { createGpuError, GpuError } from "./generated/gpu-error.js";
export { isGpuError, isKnownGpuError, type KnownGpuError } from "./generated/is-gpu-error.js";
export { gpuErrorFromResponse, gpuErrorFromThrown, parseGpuError } from "./generated/parse-gpu-error.js";
