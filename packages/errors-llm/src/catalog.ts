import { defineCatalog } from "@novita/errors-core/internal";

// The one source of truth for the LLM codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README table and the tests derive from this file (pnpm generate).

/** How the docs name this domain's API: "the LLM API". */
export const domainLabel = "LLM";

/**
 * The LLM domain's documented codes as data: a read-only record from
 * code to `{ code, status, description, category, retryable }`, for docs,
 * tooling and tests.
 *
 * @public
 */
export const llmErrorCatalog = /* @__PURE__ */ defineCatalog({
  INVALID_API_KEY: {
    code: "INVALID_API_KEY",
    status: 403,
    description: "API Key not provided",
    category: "authentication",
    retryable: false,
  },
  MODEL_NOT_FOUND: {
    code: "MODEL_NOT_FOUND",
    status: 404,
    description: "Model not found",
    category: "not_found",
    retryable: false,
  },
  FAILED_TO_AUTH: {
    code: "FAILED_TO_AUTH",
    status: 401,
    description: "Authentication failed",
    category: "authentication",
    retryable: false,
  },
  NOT_ENOUGH_BALANCE: {
    code: "NOT_ENOUGH_BALANCE",
    status: 403,
    description: "Insufficient balance",
    category: "insufficient_balance",
    retryable: false,
  },
  INVALID_REQUEST_BODY: {
    code: "INVALID_REQUEST_BODY",
    status: 400,
    description: "Request body format error, see message for details",
    category: "invalid_request",
    retryable: false,
  },
  RATE_LIMIT_EXCEEDED: {
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Too many requests, please try again later",
    category: "rate_limit",
    retryable: true,
  },
  TOKEN_LIMIT_EXCEEDED: {
    code: "TOKEN_LIMIT_EXCEEDED",
    status: 429,
    description: "Token limit exceeded, please try again later",
    category: "rate_limit",
    retryable: true,
  },
  SERVICE_NOT_AVAILABLE: {
    code: "SERVICE_NOT_AVAILABLE",
    status: 503,
    description: "Service unavailable",
    category: "unavailable",
    retryable: true,
  },
  ACCESS_DENY: {
    code: "ACCESS_DENY",
    status: 403,
    description: "Access denied",
    category: "permission",
    retryable: false,
  },
});

/** The documented LLM codes. @public */
export type LlmErrorCode = keyof typeof llmErrorCatalog;
