// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-media
 */
export { type MediaErrorCode, mediaErrorCatalog } from "./catalog.js";
export * from "./generated/code-error-classes.js";
export { isKnownMediaError, isMediaError, type KnownMediaError } from "./generated/is-media-error.js";
export { createMediaError, MediaError } from "./generated/media-error.js";
export { mediaErrorFromResponse, mediaErrorFromThrown, parseMediaError } from "./generated/parse-media-error.js";
export * from "./task-failure.js";
