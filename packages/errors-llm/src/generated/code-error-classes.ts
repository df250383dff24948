// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import type { NovitaErrorOptions } from "@novita/errors-core";
import { initializeCodeError } from "@novita/errors-core/internal";
import { LlmError } from "./llm-error.js";

/**
 * Thrown when the LLM API answers `INVALID_API_KEY` (HTTP 403): API Key not provided.
 *
 * - code: `INVALID_API_KEY`
 * - status: 403
 * - description: API Key not provided
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class InvalidApiKeyError extends LlmError<"INVALID_API_KEY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_API_KEY",
    status: 403,
    description: "API Key not provided",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "API Key not provided"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `MODEL_NOT_FOUND` (HTTP 404): Model not found.
 *
 * - code: `MODEL_NOT_FOUND`
 * - status: 404
 * - description: Model not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ModelNotFoundError extends LlmError<"MODEL_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "MODEL_NOT_FOUND",
    status: 404,
    description: "Model not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Model not found"), status (default 404), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `FAILED_TO_AUTH` (HTTP 401): Authentication failed.
 *
 * - code: `FAILED_TO_AUTH`
 * - status: 401
 * - description: Authentication failed
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class FailedToAuthError extends LlmError<"FAILED_TO_AUTH"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "FAILED_TO_AUTH",
    status: 401,
    description: "Authentication failed",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Authentication failed"), status (default 401), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `NOT_ENOUGH_BALANCE` (HTTP 403): Insufficient balance.
 *
 * - code: `NOT_ENOUGH_BALANCE`
 * - status: 403
 * - description: Insufficient balance
 * - category: `insufficient_balance`
 * - retryable: no
 *
 * @public
 */
export class NotEnoughBalanceError extends LlmError<"NOT_ENOUGH_BALANCE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NOT_ENOUGH_BALANCE",
    status: 403,
    description: "Insufficient balance",
    category: "insufficient_balance",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Insufficient balance"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `INVALID_REQUEST_BODY` (HTTP 400): Request body format error, see message for details.
 *
 * - code: `INVALID_REQUEST_BODY`
 * - status: 400
 * - description: Request body format error, see message for details
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidRequestBodyError extends LlmError<"INVALID_REQUEST_BODY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_REQUEST_BODY",
    status: 400,
    description: "Request body format error, see message for details",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Request body format error, see message for details"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `RATE_LIMIT_EXCEEDED` (HTTP 429): Too many requests, please try again later.
 *
 * - code: `RATE_LIMIT_EXCEEDED`
 * - status: 429
 * - description: Too many requests, please try again later
 * - category: `rate_limit`
 * - retryable: yes
 *
 * @public
 */
export class RateLimitExceededError extends LlmError<"RATE_LIMIT_EXCEEDED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Too many requests, please try again later",
    category: "rate_limit",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Too many requests, please try again later"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `TOKEN_LIMIT_EXCEEDED` (HTTP 429): Token limit exceeded, please try again later.
 *
 * - code: `TOKEN_LIMIT_EXCEEDED`
 * - status: 429
 * - description: Token limit exceeded, please try again later
 * - category: `rate_limit`
 * - retryable: yes
 *
 * @public
 */
export class TokenLimitExceededError extends LlmError<"TOKEN_LIMIT_EXCEEDED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "TOKEN_LIMIT_EXCEEDED",
    status: 429,
    description: "Token limit exceeded, please try again later",
    category: "rate_limit",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Token limit exceeded, please try again later"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `SERVICE_NOT_AVAILABLE` (HTTP 503): Service unavailable.
 *
 * - code: `SERVICE_NOT_AVAILABLE`
 * - status: 503
 * - description: Service unavailable
 * - category: `unavailable`
 * - retryable: yes
 *
 * @public
 */
export class ServiceNotAvailableError extends LlmError<"SERVICE_NOT_AVAILABLE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SERVICE_NOT_AVAILABLE",
    status: 503,
    description: "Service unavailable",
    category: "unavailable",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Service unavailable"), status (default 503), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the LLM API answers `ACCESS_DENY` (HTTP 403): Access denied.
 *
 * - code: `ACCESS_DENY`
 * - status: 403
 * - description: Access denied
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class AccessDenyError extends LlmError<"ACCESS_DENY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "ACCESS_DENY",
    status: 403,
    description: "Access denied",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Access denied"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/** The classes of the documented LLM codes, in catalog order, then of the observed ones. @public */
export const llmErrorClasses = [
  InvalidApiKeyError,
  ModelNotFoundError,
  FailedToAuthError,
  NotEnoughBalanceError,
  InvalidRequestBodyError,
  RateLimitExceededError,
  TokenLimitExceededError,
  ServiceNotAvailableError,
  AccessDenyError,
] as const;

/** The class type of each documented (or observed) LLM code, for narrowing. @public */
export interface LlmErrorByCode {
  INVALID_API_KEY: InvalidApiKeyError;
  MODEL_NOT_FOUND: ModelNotFoundError;
  FAILED_TO_AUTH: FailedToAuthError;
  NOT_ENOUGH_BALANCE: NotEnoughBalanceError;
  INVALID_REQUEST_BODY: InvalidRequestBodyError;
  RATE_LIMIT_EXCEEDED: RateLimitExceededError;
  TOKEN_LIMIT_EXCEEDED: TokenLimitExceededError;
  SERVICE_NOT_AVAILABLE: ServiceNotAvailableError;
  ACCESS_DENY: AccessDenyError;
}
