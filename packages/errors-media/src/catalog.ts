import { defineCatalog, defineCatalogEntry } from "@novita/errors-core";

// The one source of truth for the media (image, video and audio) codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README table and the tests derive from this file.

export const INVALID_REQUEST_BODY = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_REQUEST_BODY",
  status: 400,
  description: "Request parameter validation failed",
  category: "invalid_request",
  retryable: false,
});

export const IMAGE_FILE_EXCEEDS_MAX_SIZE = /* @__PURE__ */ defineCatalogEntry({
  code: "IMAGE_FILE_EXCEEDS_MAX_SIZE",
  status: 400,
  description: "Image size exceeds limit",
  category: "invalid_request",
  retryable: false,
});

export const INVALID_IMAGE_FORMAT = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_IMAGE_FORMAT",
  status: 400,
  description: "Image format does not meet requirements",
  category: "invalid_request",
  retryable: false,
});

export const IMAGE_EXCEEDS_MAX_RESOLUTION = /* @__PURE__ */ defineCatalogEntry({
  code: "IMAGE_EXCEEDS_MAX_RESOLUTION",
  status: 400,
  description: "Image resolution exceeds limit",
  category: "invalid_request",
  retryable: false,
});

export const INVALID_IMAGE_SIZE = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_IMAGE_SIZE",
  status: 400,
  description: "Image width or height exceeds limit",
  category: "invalid_request",
  retryable: false,
});

export const API_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "API_NOT_FOUND",
  status: 404,
  description: "API not found",
  category: "not_found",
  retryable: false,
});

export const IMAGE_NO_FACE_DETECTED = /* @__PURE__ */ defineCatalogEntry({
  code: "IMAGE_NO_FACE_DETECTED",
  status: 400,
  description: "No face detected",
  category: "invalid_request",
  retryable: false,
});

export const INVALID_CUSTOM_OUTPUT_PATH = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_CUSTOM_OUTPUT_PATH",
  status: 400,
  description: "Invalid OSS path",
  category: "invalid_request",
  retryable: false,
});

export const ILLEGAL_PROMPT = /* @__PURE__ */ defineCatalogEntry({
  code: "ILLEGAL_PROMPT",
  status: 400,
  description: "Prompt contains inappropriate content",
  category: "content_policy",
  retryable: false,
});

export const ILLEGAL_IMAGE_CONTENT = /* @__PURE__ */ defineCatalogEntry({
  code: "ILLEGAL_IMAGE_CONTENT",
  status: 400,
  description: "Image contains inappropriate content",
  category: "content_policy",
  retryable: false,
});

export const INVALID_AUDIO_FILE = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_AUDIO_FILE",
  status: 400,
  description: "Invalid audio input",
  category: "invalid_request",
  retryable: false,
});

export const BILLING_FAILED = /* @__PURE__ */ defineCatalogEntry({
  code: "BILLING_FAILED",
  status: 500,
  description: "Billing service error",
  category: "server",
  retryable: true,
});

export const BILLING_AUTH_FAILED = /* @__PURE__ */ defineCatalogEntry({
  code: "BILLING_AUTH_FAILED",
  status: 403,
  description: "Billing service authentication failed",
  category: "authentication",
  retryable: false,
});

export const BILLING_BALANCE_NOT_ENOUGH = /* @__PURE__ */ defineCatalogEntry({
  code: "BILLING_BALANCE_NOT_ENOUGH",
  status: 400,
  description: "Insufficient balance",
  category: "insufficient_balance",
  retryable: false,
});

export const MISSING_API_KEY = /* @__PURE__ */ defineCatalogEntry({
  code: "MISSING_API_KEY",
  status: 400,
  description: "API Key not provided",
  category: "authentication",
  retryable: false,
});

export const INVALID_API_KEY = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_API_KEY",
  status: 403,
  description: "API Key validation failed",
  category: "authentication",
  retryable: false,
});

export const FEATURE_NOT_ALLOWED = /* @__PURE__ */ defineCatalogEntry({
  code: "FEATURE_NOT_ALLOWED",
  status: 403,
  description: "No permission to upload model",
  category: "permission",
  retryable: false,
});

export const API_NOT_ALLOWED = /* @__PURE__ */ defineCatalogEntry({
  code: "API_NOT_ALLOWED",
  status: 403,
  description: "No permission to use this API",
  category: "permission",
  retryable: false,
});

export const RATE_LIMIT_EXCEEDED = /* @__PURE__ */ defineCatalogEntry({
  code: "RATE_LIMIT_EXCEEDED",
  status: 429,
  description: "Rate limit exceeded",
  category: "rate_limit",
  retryable: true,
});

export const NEED_REAL_NAME_VERIFY = /* @__PURE__ */ defineCatalogEntry({
  code: "NEED_REAL_NAME_VERIFY",
  status: 403,
  description: "Enterprise verification not completed",
  category: "permission",
  retryable: false,
});

export const CREATE_TASK_FAILED = /* @__PURE__ */ defineCatalogEntry({
  code: "CREATE_TASK_FAILED",
  status: 500,
  description: "Failed to create task",
  category: "server",
  retryable: true,
});

export const TASK_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "TASK_NOT_FOUND",
  status: 404,
  description: "Task not found",
  category: "not_found",
  retryable: false,
});

export const GET_RESULT_FAILED = /* @__PURE__ */ defineCatalogEntry({
  code: "GET_RESULT_FAILED",
  status: 500,
  description: "Failed to get task result",
  category: "server",
  retryable: true,
});

export const TASK_FAILED = /* @__PURE__ */ defineCatalogEntry({
  code: "TASK_FAILED",
  status: 500,
  description: "Task execution failed",
  category: "server",
  retryable: false,
});

/**
 * The media (image, video and audio) domain's documented codes as data: a read-only record from
 * code to `{ code, status, description, category, retryable }`, for docs,
 * tooling and tests.
 */
export const mediaErrorCatalog = /* @__PURE__ */ defineCatalog({
  INVALID_REQUEST_BODY,
  IMAGE_FILE_EXCEEDS_MAX_SIZE,
  INVALID_IMAGE_FORMAT,
  IMAGE_EXCEEDS_MAX_RESOLUTION,
  INVALID_IMAGE_SIZE,
  API_NOT_FOUND,
  IMAGE_NO_FACE_DETECTED,
  INVALID_CUSTOM_OUTPUT_PATH,
  ILLEGAL_PROMPT,
  ILLEGAL_IMAGE_CONTENT,
  INVALID_AUDIO_FILE,
  BILLING_FAILED,
  BILLING_AUTH_FAILED,
  BILLING_BALANCE_NOT_ENOUGH,
  MISSING_API_KEY,
  INVALID_API_KEY,
  FEATURE_NOT_ALLOWED,
  API_NOT_ALLOWED,
  RATE_LIMIT_EXCEEDED,
  NEED_REAL_NAME_VERIFY,
  CREATE_TASK_FAILED,
  TASK_NOT_FOUND,
  GET_RESULT_FAILED,
  TASK_FAILED,
});

/** The documented media (image, video and audio) codes. */
export type MediaErrorCode = keyof typeof mediaErrorCatalog;
