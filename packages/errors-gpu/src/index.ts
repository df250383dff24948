export { type GpuErrorCode, gpuErrorCatalog } from "./catalog.js";
export * from "./code-error-classes.js";
export { GpuError } from "./gpu-error.js";
export { isGpuError } from "./is-gpu-error.js";
export { gpuErrorFromResponse, parseGpuError } from "./parse-gpu-error.js";
