import { defineCatalog, defineCatalogEntry } from "@novita/errors-core";

// The one source of truth for the LLM codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README table and the tests derive from this file.

export const INVALID_API_KEY = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_API_KEY",
  status: 403,
  description: "API Key not provided",
  category: "authentication",
  retryable: false,
});

export const MODEL_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "MODEL_NOT_FOUND",
  status: 404,
  description: "Model not found",
  category: "not_found",
  retryable: false,
});

export const FAILED_TO_AUTH = /* @__PURE__ */ defineCatalogEntry({
  code: "FAILED_TO_AUTH",
  status: 401,
  description: "Authentication failed",
  category: "authentication",
  retryable: false,
});

export const NOT_ENOUGH_BALANCE = /* @__PURE__ */ defineCatalogEntry({
  code: "NOT_ENOUGH_BALANCE",
  status: 403,
  description: "Insufficient balance",
  category: "insufficient_balance",
  retryable: false,
});

export const INVALID_REQUEST_BODY = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_REQUEST_BODY",
  status: 400,
  description: "Request body format error, see message for details",
  category: "invalid_request",
  retryable: false,
});

export const RATE_LIMIT_EXCEEDED = /* @__PURE__ */ defineCatalogEntry({
  code: "RATE_LIMIT_EXCEEDED",
  status: 429,
  description: "Too many requests, please try again later",
  category: "rate_limit",
  retryable: true,
});

export const TOKEN_LIMIT_EXCEEDED = /* @__PURE__ */ defineCatalogEntry({
  code: "TOKEN_LIMIT_EXCEEDED",
  status: 429,
  description: "Token limit exceeded, please try again later",
  category: "rate_limit",
  retryable: true,
});

export const SERVICE_NOT_AVAILABLE = /* @__PURE__ */ defineCatalogEntry({
  code: "SERVICE_NOT_AVAILABLE",
  status: 503,
  description: "Service unavailable",
  category: "unavailable",
  retryable: true,
});

export const ACCESS_DENY = /* @__PURE__ */ defineCatalogEntry({
  code: "ACCESS_DENY",
  status: 403,
  description: "Access denied",
  category: "permission",
  retryable: false,
});

/**
 * The LLM domain's documented codes as data: a read-only record from
 * code to `{ code, status, description, category, retryable }`, for docs,
 * tooling and tests.
 */
export const llmErrorCatalog = /* @__PURE__ */ defineCatalog({
  INVALID_API_KEY,
  MODEL_NOT_FOUND,
  FAILED_TO_AUTH,
  NOT_ENOUGH_BALANCE,
  INVALID_REQUEST_BODY,
  RATE_LIMIT_EXCEEDED,
  TOKEN_LIMIT_EXCEEDED,
  SERVICE_NOT_AVAILABLE,
  ACCESS_DENY,
});

/** The documented LLM codes. */
export type LlmErrorCode = keyof typeof llmErrorCatalog;
