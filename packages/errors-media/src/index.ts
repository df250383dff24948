export { type MediaErrorCode, mediaErrorCatalog } from "./catalog.js";
export * from "./code-error-classes.js";
export { isMediaError } from "./is-media-error.js";
export { MediaError } from "./media-error.js";
export { mediaErrorFromResponse, parseMediaError } from "./parse-media-error.js";
