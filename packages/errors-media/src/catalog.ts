import { defineCatalog } from "@novita/errors-core/internal";

// The one source of truth for the media (image, video and audio) codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README table and the tests derive from this file (pnpm generate).

/** How the docs name this domain's API: "the media (image, video, audio) API". */
export const domainLabel = "media (image, video, audio)";

/**
 * The media (image, video and audio) domain's documented codes as data: a read-only record from
 * code to `{ code, status, description, category, retryable }`, for docs,
 * tooling and tests.
 *
 * @public
 */
export const mediaErrorCatalog = /* @__PURE__ */ defineCatalog({
  INVALID_REQUEST_BODY: {
    code: "INVALID_REQUEST_BODY",
    status: 400,
    description: "Request parameter validation failed",
    category: "invalid_request",
    retryable: false,
  },
  IMAGE_FILE_EXCEEDS_MAX_SIZE: {
    code: "IMAGE_FILE_EXCEEDS_MAX_SIZE",
    status: 400,
    description: "Image size exceeds limit",
    category: "invalid_request",
    retryable: false,
  },
  INVALID_IMAGE_FORMAT: {
    code: "INVALID_IMAGE_FORMAT",
    status: 400,
    description: "Image format does not meet requirements",
    category: "invalid_request",
    retryable: false,
  },
  IMAGE_EXCEEDS_MAX_RESOLUTION: {
    code: "IMAGE_EXCEEDS_MAX_RESOLUTION",
    status: 400,
    description: "Image resolution exceeds limit",
    category: "invalid_request",
    retryable: false,
  },
  INVALID_IMAGE_SIZE: {
    code: "INVALID_IMAGE_SIZE",
    status: 400,
    description: "Image width or height exceeds limit",
    category: "invalid_request",
    retryable: false,
  },
  API_NOT_FOUND: {
    code: "API_NOT_FOUND",
    status: 404,
    description: "API not found",
    category: "not_found",
    retryable: false,
  },
  IMAGE_NO_FACE_DETECTED: {
    code: "IMAGE_NO_FACE_DETECTED",
    status: 400,
    description: "No face detected",
    category: "invalid_request",
    retryable: false,
  },
  INVALID_CUSTOM_OUTPUT_PATH: {
    code: "INVALID_CUSTOM_OUTPUT_PATH",
    status: 400,
    description: "Invalid OSS path",
    category: "invalid_request",
    retryable: false,
  },
  ILLEGAL_PROMPT: {
    code: "ILLEGAL_PROMPT",
    status: 400,
    description: "Prompt contains inappropriate content",
    category: "content_policy",
    retryable: false,
  },
  ILLEGAL_IMAGE_CONTENT: {
    code: "ILLEGAL_IMAGE_CONTENT",
    status: 400,
    description: "Image contains inappropriate content",
    category: "content_policy",
    retryable: false,
  },
  INVALID_AUDIO_FILE: {
    code: "INVALID_AUDIO_FILE",
    status: 400,
    description: "Invalid audio input",
    category: "invalid_request",
    retryable: false,
  },
  BILLING_FAILED: {
    code: "BILLING_FAILED",
    status: 500,
    description: "Billing service error",
    category: "server",
    retryable: true,
  },
  BILLING_AUTH_FAILED: {
    code: "BILLING_AUTH_FAILED",
    status: 403,
    description: "Billing service authentication failed",
    category: "authentication",
    retryable: false,
  },
  BILLING_BALANCE_NOT_ENOUGH: {
    code: "BILLING_BALANCE_NOT_ENOUGH",
    status: 400,
    description: "Insufficient balance",
    category: "insufficient_balance",
    retryable: false,
  },
  MISSING_API_KEY: {
    code: "MISSING_API_KEY",
    status: 400,
    description: "API Key not provided",
    category: "authentication",
    retryable: false,
  },
  INVALID_API_KEY: {
    code: "INVALID_API_KEY",
    status: 403,
    description: "API Key validation failed",
    category: "authentication",
    retryable: false,
  },
  FEATURE_NOT_ALLOWED: {
    code: "FEATURE_NOT_ALLOWED",
    status: 403,
    description: "No permission to upload model",
    category: "permission",
    retryable: false,
  },
  API_NOT_ALLOWED: {
    code: "API_NOT_ALLOWED",
    status: 403,
    description: "No permission to use this API",
    category: "permission",
    retryable: false,
  },
  RATE_LIMIT_EXCEEDED: {
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Rate limit exceeded",
    category: "rate_limit",
    retryable: true,
  },
  NEED_REAL_NAME_VERIFY: {
    code: "NEED_REAL_NAME_VERIFY",
    status: 403,
    description: "Enterprise verification not completed",
    category: "permission",
    retryable: false,
  },
  CREATE_TASK_FAILED: {
    code: "CREATE_TASK_FAILED",
    status: 500,
    description: "Failed to create task",
    category: "server",
    retryable: true,
  },
  TASK_NOT_FOUND: {
    code: "TASK_NOT_FOUND",
    status: 404,
    description: "Task not found",
    category: "not_found",
    retryable: false,
  },
  GET_RESULT_FAILED: {
    code: "GET_RESULT_FAILED",
    status: 500,
    description: "Failed to get task result",
    category: "server",
    retryable: true,
  },
  TASK_FAILED: {
    code: "TASK_FAILED",
    status: 500,
    description: "Task execution failed",
    category: "server",
    retryable: false,
  },
});

/** The documented media (image, video and audio) codes. @public */
export type MediaErrorCode = keyof typeof mediaErrorCatalog;

/**
 * Codes the media API was seen to answer that its published table does not list, kept apart from
 * the documented ones, each with where it was seen (`source`) and its status as observed; category
 * and retryable chosen by meaning. Each has its class and narrows `isMediaError` like a documented
 * code. `pnpm catalog:sync` never removes one, and moves it to `mediaErrorCatalog` once the
 * published table lists it.
 *
 * @public
 */
export const mediaObservedCatalog = /* @__PURE__ */ defineCatalog({
  ANONYMOUS_ACCESS_QUOTA_EXCEEDS: {
    code: "ANONYMOUS_ACCESS_QUOTA_EXCEEDS",
    status: 429,
    description: "The quota of calls without an account is used up: sign in or use an API key",
    category: "quota_exceeded",
    retryable: false,
    source:
      "novita-sdk 3.1.3 (npm), APIErrReason.ANONYMOUS_ACCESS_QUOTA_EXCEEDS, which Novita's own web playground handles with ResponseCode.TOO_MANY_REQ (429) by asking the user to sign in",
  },
});
