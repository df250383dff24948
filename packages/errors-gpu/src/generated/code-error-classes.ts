// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import type { NovitaErrorOptions } from "@novita/errors-core";
import { initializeCodeError } from "@novita/errors-core/internal";
import { GpuError } from "./gpu-error.js";

/**
 * Thrown when the GPU instance API answers `UNKNOWN` (HTTP 500): Unknown error.
 *
 * - code: `UNKNOWN`
 * - status: 500
 * - description: Unknown error
 * - category: `unknown`
 * - retryable: no
 *
 * @public
 */
export class UnknownError extends GpuError<"UNKNOWN"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "UNKNOWN",
    status: 500,
    description: "Unknown error",
    category: "unknown",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Unknown error"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `GET_TOKEN_FAILED` (HTTP 400): Failed to obtain token.
 *
 * - code: `GET_TOKEN_FAILED`
 * - status: 400
 * - description: Failed to obtain token
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class GetTokenFailedError extends GpuError<"GET_TOKEN_FAILED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "GET_TOKEN_FAILED",
    status: 400,
    description: "Failed to obtain token",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Failed to obtain token"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `FORBIDDEN` (HTTP 403): Access forbidden / No permission.
 *
 * - code: `FORBIDDEN`
 * - status: 403
 * - description: Access forbidden / No permission
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class ForbiddenError extends GpuError<"FORBIDDEN"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "FORBIDDEN",
    status: 403,
    description: "Access forbidden / No permission",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Access forbidden / No permission"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `UNAUTHORIZED` (HTTP 401): Unauthorized.
 *
 * - code: `UNAUTHORIZED`
 * - status: 401
 * - description: Unauthorized
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class UnauthorizedError extends GpuError<"UNAUTHORIZED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "UNAUTHORIZED",
    status: 401,
    description: "Unauthorized",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Unauthorized"), status (default 401), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `USER_ALREADY_EXISTS` (HTTP 400): User already exists.
 *
 * - code: `USER_ALREADY_EXISTS`
 * - status: 400
 * - description: User already exists
 * - category: `conflict`
 * - retryable: no
 *
 * @public
 */
export class UserAlreadyExistsError extends GpuError<"USER_ALREADY_EXISTS"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "USER_ALREADY_EXISTS",
    status: 400,
    description: "User already exists",
    category: "conflict",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "User already exists"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INVALID_USER_OR_PASSWORD` (HTTP 400): Invalid username or password.
 *
 * - code: `INVALID_USER_OR_PASSWORD`
 * - status: 400
 * - description: Invalid username or password
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class InvalidUserOrPasswordError extends GpuError<"INVALID_USER_OR_PASSWORD"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_USER_OR_PASSWORD",
    status: 400,
    description: "Invalid username or password",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid username or password"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INVALID_CODE` (HTTP 400): Invalid verification code.
 *
 * - code: `INVALID_CODE`
 * - status: 400
 * - description: Invalid verification code
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidCodeError extends GpuError<"INVALID_CODE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_CODE",
    status: 400,
    description: "Invalid verification code",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid verification code"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `USER_NOT_FOUND` (HTTP 400): User not found.
 *
 * - code: `USER_NOT_FOUND`
 * - status: 400
 * - description: User not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class UserNotFoundError extends GpuError<"USER_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "USER_NOT_FOUND",
    status: 400,
    description: "User not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "User not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `USER_PHONE_NOT_CONSIST` (HTTP 400): User phone number mismatch.
 *
 * - code: `USER_PHONE_NOT_CONSIST`
 * - status: 400
 * - description: User phone number mismatch
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class UserPhoneNotConsistError extends GpuError<"USER_PHONE_NOT_CONSIST"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "USER_PHONE_NOT_CONSIST",
    status: 400,
    description: "User phone number mismatch",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "User phone number mismatch"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SEND_CODE_TOO_FAST` (HTTP 429): Verification code sent too frequently.
 *
 * - code: `SEND_CODE_TOO_FAST`
 * - status: 429
 * - description: Verification code sent too frequently
 * - category: `rate_limit`
 * - retryable: yes
 *
 * @public
 */
export class SendCodeTooFastError extends GpuError<"SEND_CODE_TOO_FAST"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SEND_CODE_TOO_FAST",
    status: 429,
    description: "Verification code sent too frequently",
    category: "rate_limit",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Verification code sent too frequently"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INVALID_PUBLIC_KEY` (HTTP 400): Invalid public key.
 *
 * - code: `INVALID_PUBLIC_KEY`
 * - status: 400
 * - description: Invalid public key
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidPublicKeyError extends GpuError<"INVALID_PUBLIC_KEY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_PUBLIC_KEY",
    status: 400,
    description: "Invalid public key",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid public key"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `USER_NOT_ACTIVATED` (HTTP 400): User not activated.
 *
 * - code: `USER_NOT_ACTIVATED`
 * - status: 400
 * - description: User not activated
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class UserNotActivatedError extends GpuError<"USER_NOT_ACTIVATED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "USER_NOT_ACTIVATED",
    status: 400,
    description: "User not activated",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "User not activated"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `USER_ALREADY_ACTIVATED` (HTTP 400): User already activated.
 *
 * - code: `USER_ALREADY_ACTIVATED`
 * - status: 400
 * - description: User already activated
 * - category: `conflict`
 * - retryable: no
 *
 * @public
 */
export class UserAlreadyActivatedError extends GpuError<"USER_ALREADY_ACTIVATED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "USER_ALREADY_ACTIVATED",
    status: 400,
    description: "User already activated",
    category: "conflict",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "User already activated"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INVALID_USER_TOKEN` (HTTP 400): Invalid user token.
 *
 * - code: `INVALID_USER_TOKEN`
 * - status: 400
 * - description: Invalid user token
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class InvalidUserTokenError extends GpuError<"INVALID_USER_TOKEN"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_USER_TOKEN",
    status: 400,
    description: "Invalid user token",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid user token"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `BANNED_USER` (HTTP 400): Account has been banned.
 *
 * - code: `BANNED_USER`
 * - status: 400
 * - description: Account has been banned
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class BannedUserError extends GpuError<"BANNED_USER"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "BANNED_USER",
    status: 400,
    description: "Account has been banned",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Account has been banned"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `RATE_LIMIT_EXCEEDED` (HTTP 429): Request rate limit exceeded.
 *
 * - code: `RATE_LIMIT_EXCEEDED`
 * - status: 429
 * - description: Request rate limit exceeded
 * - category: `rate_limit`
 * - retryable: yes
 *
 * @public
 */
export class RateLimitExceededError extends GpuError<"RATE_LIMIT_EXCEEDED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Request rate limit exceeded",
    category: "rate_limit",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Request rate limit exceeded"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `RESOURCE_NOT_FOUND` (HTTP 400): Resource not found (e.g., container not found).
 *
 * - code: `RESOURCE_NOT_FOUND`
 * - status: 400
 * - description: Resource not found (e.g., container not found)
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ResourceNotFoundError extends GpuError<"RESOURCE_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "RESOURCE_NOT_FOUND",
    status: 400,
    description: "Resource not found (e.g., container not found)",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Resource not found (e.g., container not found)"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `CONFLICT` (HTTP 400): Conflict (e.g., container conflict).
 *
 * - code: `CONFLICT`
 * - status: 400
 * - description: Conflict (e.g., container conflict)
 * - category: `conflict`
 * - retryable: no
 *
 * @public
 */
export class ConflictError extends GpuError<"CONFLICT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "CONFLICT",
    status: 400,
    description: "Conflict (e.g., container conflict)",
    category: "conflict",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Conflict (e.g., container conflict)"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `VALIDATOR_PARAM` (HTTP 400): Parameter validation failed / Invalid parameter.
 *
 * - code: `VALIDATOR_PARAM`
 * - status: 400
 * - description: Parameter validation failed / Invalid parameter
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class ValidatorParamError extends GpuError<"VALIDATOR_PARAM"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "VALIDATOR_PARAM",
    status: 400,
    description: "Parameter validation failed / Invalid parameter",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Parameter validation failed / Invalid parameter"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `REQUEST` (HTTP 400): Request error.
 *
 * - code: `REQUEST`
 * - status: 400
 * - description: Request error
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class RequestError extends GpuError<"REQUEST"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "REQUEST",
    status: 400,
    description: "Request error",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Request error"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `OPERATION_LIMIT` (HTTP 400): Operation limit reached.
 *
 * - code: `OPERATION_LIMIT`
 * - status: 400
 * - description: Operation limit reached
 * - category: `quota_exceeded`
 * - retryable: no
 *
 * @public
 */
export class OperationLimitError extends GpuError<"OPERATION_LIMIT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "OPERATION_LIMIT",
    status: 400,
    description: "Operation limit reached",
    category: "quota_exceeded",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Operation limit reached"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INSUFFICIENT_RESOURCE` (HTTP 400): Insufficient resources.
 *
 * - code: `INSUFFICIENT_RESOURCE`
 * - status: 400
 * - description: Insufficient resources
 * - category: `capacity`
 * - retryable: yes
 *
 * @public
 */
export class InsufficientResourceError extends GpuError<"INSUFFICIENT_RESOURCE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INSUFFICIENT_RESOURCE",
    status: 400,
    description: "Insufficient resources",
    category: "capacity",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Insufficient resources"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `CLUSTER_STATUS` (HTTP 400): Cluster status abnormal.
 *
 * - code: `CLUSTER_STATUS`
 * - status: 400
 * - description: Cluster status abnormal
 * - category: `unavailable`
 * - retryable: yes
 *
 * @public
 */
export class ClusterStatusError extends GpuError<"CLUSTER_STATUS"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "CLUSTER_STATUS",
    status: 400,
    description: "Cluster status abnormal",
    category: "unavailable",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Cluster status abnormal"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NODE_STATUS` (HTTP 400): Node status abnormal.
 *
 * - code: `NODE_STATUS`
 * - status: 400
 * - description: Node status abnormal
 * - category: `unavailable`
 * - retryable: yes
 *
 * @public
 */
export class NodeStatusError extends GpuError<"NODE_STATUS"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NODE_STATUS",
    status: 400,
    description: "Node status abnormal",
    category: "unavailable",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Node status abnormal"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `DEPENDENT_RESOURCE_STATE` (HTTP 400): Dependent resource state abnormal.
 *
 * - code: `DEPENDENT_RESOURCE_STATE`
 * - status: 400
 * - description: Dependent resource state abnormal
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class DependentResourceStateError extends GpuError<"DEPENDENT_RESOURCE_STATE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "DEPENDENT_RESOURCE_STATE",
    status: 400,
    description: "Dependent resource state abnormal",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Dependent resource state abnormal"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `PREPAID_INSTANCE_NOT_SUPPORT_RELEASE` (HTTP 400): Prepaid instance does not support release.
 *
 * - code: `PREPAID_INSTANCE_NOT_SUPPORT_RELEASE`
 * - status: 400
 * - description: Prepaid instance does not support release
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class PrepaidInstanceNotSupportReleaseError extends GpuError<"PREPAID_INSTANCE_NOT_SUPPORT_RELEASE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "PREPAID_INSTANCE_NOT_SUPPORT_RELEASE",
    status: 400,
    description: "Prepaid instance does not support release",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Prepaid instance does not support release"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `CREATING_INSTANCE_NOT_SUPPORT_RENEWAL` (HTTP 400): Instance in creation does not support renewal.
 *
 * - code: `CREATING_INSTANCE_NOT_SUPPORT_RENEWAL`
 * - status: 400
 * - description: Instance in creation does not support renewal
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class CreatingInstanceNotSupportRenewalError extends GpuError<"CREATING_INSTANCE_NOT_SUPPORT_RENEWAL"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "CREATING_INSTANCE_NOT_SUPPORT_RENEWAL",
    status: 400,
    description: "Instance in creation does not support renewal",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance in creation does not support renewal"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INSTANCE_LOCAL_STORAGE_NOT_FOUND` (HTTP 400): Instance local storage not found.
 *
 * - code: `INSTANCE_LOCAL_STORAGE_NOT_FOUND`
 * - status: 400
 * - description: Instance local storage not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class InstanceLocalStorageNotFoundError extends GpuError<"INSTANCE_LOCAL_STORAGE_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INSTANCE_LOCAL_STORAGE_NOT_FOUND",
    status: 400,
    description: "Instance local storage not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance local storage not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INVALID_COMMAND_PARAM` (HTTP 400): Invalid instance startup command parameter.
 *
 * - code: `INVALID_COMMAND_PARAM`
 * - status: 400
 * - description: Invalid instance startup command parameter
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidCommandParamError extends GpuError<"INVALID_COMMAND_PARAM"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_COMMAND_PARAM",
    status: 400,
    description: "Invalid instance startup command parameter",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid instance startup command parameter"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `GPU_SPEC_USED` (HTTP 400): GPU specification already in use.
 *
 * - code: `GPU_SPEC_USED`
 * - status: 400
 * - description: GPU specification already in use
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class GpuSpecUsedError extends GpuError<"GPU_SPEC_USED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "GPU_SPEC_USED",
    status: 400,
    description: "GPU specification already in use",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "GPU specification already in use"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `INCORRECT_USER_SYNCER_REQUIRE_PARAMS` (HTTP 400): Incorrect user syncer request parameters.
 *
 * - code: `INCORRECT_USER_SYNCER_REQUIRE_PARAMS`
 * - status: 400
 * - description: Incorrect user syncer request parameters
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class IncorrectUserSyncerRequireParamsError extends GpuError<"INCORRECT_USER_SYNCER_REQUIRE_PARAMS"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INCORRECT_USER_SYNCER_REQUIRE_PARAMS",
    status: 400,
    description: "Incorrect user syncer request parameters",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Incorrect user syncer request parameters"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `MIGRATE_INSUFFICIENT_RESOURCE` (HTTP 400): Insufficient resources for migration.
 *
 * - code: `MIGRATE_INSUFFICIENT_RESOURCE`
 * - status: 400
 * - description: Insufficient resources for migration
 * - category: `capacity`
 * - retryable: yes
 *
 * @public
 */
export class MigrateInsufficientResourceError extends GpuError<"MIGRATE_INSUFFICIENT_RESOURCE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "MIGRATE_INSUFFICIENT_RESOURCE",
    status: 400,
    description: "Insufficient resources for migration",
    category: "capacity",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Insufficient resources for migration"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `WALLET_NOT_FOUND` (HTTP 500): Wallet not found.
 *
 * - code: `WALLET_NOT_FOUND`
 * - status: 500
 * - description: Wallet not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class WalletNotFoundError extends GpuError<"WALLET_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "WALLET_NOT_FOUND",
    status: 500,
    description: "Wallet not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Wallet not found"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `WALLET_UNSUPPORT_RECHARGE_METHOD` (HTTP 400): Unsupported wallet recharge method.
 *
 * - code: `WALLET_UNSUPPORT_RECHARGE_METHOD`
 * - status: 400
 * - description: Unsupported wallet recharge method
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class WalletUnsupportRechargeMethodError extends GpuError<"WALLET_UNSUPPORT_RECHARGE_METHOD"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "WALLET_UNSUPPORT_RECHARGE_METHOD",
    status: 400,
    description: "Unsupported wallet recharge method",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Unsupported wallet recharge method"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `BALANCE_NOT_ENOUGH` (HTTP 400): Insufficient balance.
 *
 * - code: `BALANCE_NOT_ENOUGH`
 * - status: 400
 * - description: Insufficient balance
 * - category: `insufficient_balance`
 * - retryable: no
 *
 * @public
 */
export class BalanceNotEnoughError extends GpuError<"BALANCE_NOT_ENOUGH"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "BALANCE_NOT_ENOUGH",
    status: 400,
    description: "Insufficient balance",
    category: "insufficient_balance",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Insufficient balance"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `UNSUPPORTED_BILLING_MODE` (HTTP 400): Unsupported billing mode.
 *
 * - code: `UNSUPPORTED_BILLING_MODE`
 * - status: 400
 * - description: Unsupported billing mode
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class UnsupportedBillingModeError extends GpuError<"UNSUPPORTED_BILLING_MODE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "UNSUPPORTED_BILLING_MODE",
    status: 400,
    description: "Unsupported billing mode",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Unsupported billing mode"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `EXPIRED_OR_BALANCE_NOT_ENOUGH` (HTTP 400): Expired or insufficient balance.
 *
 * - code: `EXPIRED_OR_BALANCE_NOT_ENOUGH`
 * - status: 400
 * - description: Expired or insufficient balance
 * - category: `insufficient_balance`
 * - retryable: no
 *
 * @public
 */
export class ExpiredOrBalanceNotEnoughError extends GpuError<"EXPIRED_OR_BALANCE_NOT_ENOUGH"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "EXPIRED_OR_BALANCE_NOT_ENOUGH",
    status: 400,
    description: "Expired or insufficient balance",
    category: "insufficient_balance",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Expired or insufficient balance"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `ORDER_NOT_FOUND` (HTTP 400): Order not found.
 *
 * - code: `ORDER_NOT_FOUND`
 * - status: 400
 * - description: Order not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class OrderNotFoundError extends GpuError<"ORDER_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "ORDER_NOT_FOUND",
    status: 400,
    description: "Order not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Order not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SAVING_PLAN_ALREADY_EXISTS` (HTTP 400): Saving plan already exists.
 *
 * - code: `SAVING_PLAN_ALREADY_EXISTS`
 * - status: 400
 * - description: Saving plan already exists
 * - category: `conflict`
 * - retryable: no
 *
 * @public
 */
export class SavingPlanAlreadyExistsError extends GpuError<"SAVING_PLAN_ALREADY_EXISTS"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SAVING_PLAN_ALREADY_EXISTS",
    status: 400,
    description: "Saving plan already exists",
    category: "conflict",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Saving plan already exists"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `CREATE_INSTANCE_LIMIT` (HTTP 400): Instance creation limit reached, please recharge or delete other instances.
 *
 * - code: `CREATE_INSTANCE_LIMIT`
 * - status: 400
 * - description: Instance creation limit reached, please recharge or delete other instances
 * - category: `quota_exceeded`
 * - retryable: no
 *
 * @public
 */
export class CreateInstanceLimitError extends GpuError<"CREATE_INSTANCE_LIMIT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "CREATE_INSTANCE_LIMIT",
    status: 400,
    description: "Instance creation limit reached, please recharge or delete other instances",
    category: "quota_exceeded",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance creation limit reached, please recharge or delete other instances"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_STORAGE_TOO_LARGE` (HTTP 400): Network storage size exceeds limit.
 *
 * - code: `NETWORK_STORAGE_TOO_LARGE`
 * - status: 400
 * - description: Network storage size exceeds limit
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class NetworkStorageTooLargeError extends GpuError<"NETWORK_STORAGE_TOO_LARGE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_STORAGE_TOO_LARGE",
    status: 400,
    description: "Network storage size exceeds limit",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Network storage size exceeds limit"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT` (HTTP 400): Network storage not supported in current region.
 *
 * - code: `CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT`
 * - status: 400
 * - description: Network storage not supported in current region
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class CurClusterNetworkStorageNotSupportError extends GpuError<"CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT",
    status: 400,
    description: "Network storage not supported in current region",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Network storage not supported in current region"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_STORAGE_IN_USE` (HTTP 400): Network storage is in use.
 *
 * - code: `NETWORK_STORAGE_IN_USE`
 * - status: 400
 * - description: Network storage is in use
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class NetworkStorageInUseError extends GpuError<"NETWORK_STORAGE_IN_USE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_STORAGE_IN_USE",
    status: 400,
    description: "Network storage is in use",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Network storage is in use"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_STORAGE_UNAVAILABLE` (HTTP 400): Network storage unavailable.
 *
 * - code: `NETWORK_STORAGE_UNAVAILABLE`
 * - status: 400
 * - description: Network storage unavailable
 * - category: `unavailable`
 * - retryable: yes
 *
 * @public
 */
export class NetworkStorageUnavailableError extends GpuError<"NETWORK_STORAGE_UNAVAILABLE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_STORAGE_UNAVAILABLE",
    status: 400,
    description: "Network storage unavailable",
    category: "unavailable",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Network storage unavailable"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_STORAGE_NOT_FOUND` (HTTP 400): Network storage not found.
 *
 * - code: `NETWORK_STORAGE_NOT_FOUND`
 * - status: 400
 * - description: Network storage not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class NetworkStorageNotFoundError extends GpuError<"NETWORK_STORAGE_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_STORAGE_NOT_FOUND",
    status: 400,
    description: "Network storage not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Network storage not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `IMAGE_NOT_FOUND` (HTTP 400): Image not found.
 *
 * - code: `IMAGE_NOT_FOUND`
 * - status: 400
 * - description: Image not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ImageNotFoundError extends GpuError<"IMAGE_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "IMAGE_NOT_FOUND",
    status: 400,
    description: "Image not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `IMAGE_AUTH_IN_USE` (HTTP 400): Image authentication in use.
 *
 * - code: `IMAGE_AUTH_IN_USE`
 * - status: 400
 * - description: Image authentication in use
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class ImageAuthInUseError extends GpuError<"IMAGE_AUTH_IN_USE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "IMAGE_AUTH_IN_USE",
    status: 400,
    description: "Image authentication in use",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image authentication in use"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_NOT_FOUND` (HTTP 400): Instance network not found.
 *
 * - code: `NETWORK_NOT_FOUND`
 * - status: 400
 * - description: Instance network not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class NetworkNotFoundError extends GpuError<"NETWORK_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_NOT_FOUND",
    status: 400,
    description: "Instance network not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance network not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_IN_USE` (HTTP 400): Instance network in use.
 *
 * - code: `NETWORK_IN_USE`
 * - status: 400
 * - description: Instance network in use
 * - category: `failed_precondition`
 * - retryable: no
 *
 * @public
 */
export class NetworkInUseError extends GpuError<"NETWORK_IN_USE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_IN_USE",
    status: 400,
    description: "Instance network in use",
    category: "failed_precondition",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance network in use"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `NETWORK_MAX_LIMIT` (HTTP 400): Instance network creation limit exceeded.
 *
 * - code: `NETWORK_MAX_LIMIT`
 * - status: 400
 * - description: Instance network creation limit exceeded
 * - category: `quota_exceeded`
 * - retryable: no
 *
 * @public
 */
export class NetworkMaxLimitError extends GpuError<"NETWORK_MAX_LIMIT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NETWORK_MAX_LIMIT",
    status: 400,
    description: "Instance network creation limit exceeded",
    category: "quota_exceeded",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance network creation limit exceeded"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SEND_MSG_ERROR` (HTTP 400): Message sending error.
 *
 * - code: `SEND_MSG_ERROR`
 * - status: 400
 * - description: Message sending error
 * - category: `server`
 * - retryable: yes
 *
 * @public
 */
export class SendMsgErrorError extends GpuError<"SEND_MSG_ERROR"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SEND_MSG_ERROR",
    status: 400,
    description: "Message sending error",
    category: "server",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Message sending error"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `JOB_NOT_FOUND` (HTTP 400): Instance job not found.
 *
 * - code: `JOB_NOT_FOUND`
 * - status: 400
 * - description: Instance job not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class JobNotFoundError extends GpuError<"JOB_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "JOB_NOT_FOUND",
    status: 400,
    description: "Instance job not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Instance job not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SERVERLESS_ENDPOINT_NOT_FOUND` (HTTP 400): Serverless endpoint not found.
 *
 * - code: `SERVERLESS_ENDPOINT_NOT_FOUND`
 * - status: 400
 * - description: Serverless endpoint not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ServerlessEndpointNotFoundError extends GpuError<"SERVERLESS_ENDPOINT_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SERVERLESS_ENDPOINT_NOT_FOUND",
    status: 400,
    description: "Serverless endpoint not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Serverless endpoint not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SERVERLESS_WORKER_NOT_FOUND` (HTTP 400): Serverless worker not found.
 *
 * - code: `SERVERLESS_WORKER_NOT_FOUND`
 * - status: 400
 * - description: Serverless worker not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ServerlessWorkerNotFoundError extends GpuError<"SERVERLESS_WORKER_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SERVERLESS_WORKER_NOT_FOUND",
    status: 400,
    description: "Serverless worker not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Serverless worker not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SERVERLESS_PRODUCT_NOT_FOUND` (HTTP 400): Serverless product not found.
 *
 * - code: `SERVERLESS_PRODUCT_NOT_FOUND`
 * - status: 400
 * - description: Serverless product not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ServerlessProductNotFoundError extends GpuError<"SERVERLESS_PRODUCT_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SERVERLESS_PRODUCT_NOT_FOUND",
    status: 400,
    description: "Serverless product not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Serverless product not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `SERVERLESS_APP_NAME_IS_EXIST` (HTTP 400): Serverless application name already exists.
 *
 * - code: `SERVERLESS_APP_NAME_IS_EXIST`
 * - status: 400
 * - description: Serverless application name already exists
 * - category: `conflict`
 * - retryable: no
 *
 * @public
 */
export class ServerlessAppNameIsExistError extends GpuError<"SERVERLESS_APP_NAME_IS_EXIST"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "SERVERLESS_APP_NAME_IS_EXIST",
    status: 400,
    description: "Serverless application name already exists",
    category: "conflict",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Serverless application name already exists"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `TEMPLATE_IS_PRIVATE` (HTTP 400): Template is private.
 *
 * - code: `TEMPLATE_IS_PRIVATE`
 * - status: 400
 * - description: Template is private
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class TemplateIsPrivateError extends GpuError<"TEMPLATE_IS_PRIVATE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "TEMPLATE_IS_PRIVATE",
    status: 400,
    description: "Template is private",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Template is private"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the GPU instance API answers `TEMPLATE_NOT_FOUND` (HTTP 400): Template not found.
 *
 * - code: `TEMPLATE_NOT_FOUND`
 * - status: 400
 * - description: Template not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class TemplateNotFoundError extends GpuError<"TEMPLATE_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "TEMPLATE_NOT_FOUND",
    status: 400,
    description: "Template not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Template not found"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/** The classes of the documented GPU instance codes, in catalog order, then of the observed ones. @public */
export const gpuErrorClasses = [
  UnknownError,
  GetTokenFailedError,
  ForbiddenError,
  UnauthorizedError,
  UserAlreadyExistsError,
  InvalidUserOrPasswordError,
  InvalidCodeError,
  UserNotFoundError,
  UserPhoneNotConsistError,
  SendCodeTooFastError,
  InvalidPublicKeyError,
  UserNotActivatedError,
  UserAlreadyActivatedError,
  InvalidUserTokenError,
  BannedUserError,
  RateLimitExceededError,
  ResourceNotFoundError,
  ConflictError,
  ValidatorParamError,
  RequestError,
  OperationLimitError,
  InsufficientResourceError,
  ClusterStatusError,
  NodeStatusError,
  DependentResourceStateError,
  PrepaidInstanceNotSupportReleaseError,
  CreatingInstanceNotSupportRenewalError,
  InstanceLocalStorageNotFoundError,
  InvalidCommandParamError,
  GpuSpecUsedError,
  IncorrectUserSyncerRequireParamsError,
  MigrateInsufficientResourceError,
  WalletNotFoundError,
  WalletUnsupportRechargeMethodError,
  BalanceNotEnoughError,
  UnsupportedBillingModeError,
  ExpiredOrBalanceNotEnoughError,
  OrderNotFoundError,
  SavingPlanAlreadyExistsError,
  CreateInstanceLimitError,
  NetworkStorageTooLargeError,
  CurClusterNetworkStorageNotSupportError,
  NetworkStorageInUseError,
  NetworkStorageUnavailableError,
  NetworkStorageNotFoundError,
  ImageNotFoundError,
  ImageAuthInUseError,
  NetworkNotFoundError,
  NetworkInUseError,
  NetworkMaxLimitError,
  SendMsgErrorError,
  JobNotFoundError,
  ServerlessEndpointNotFoundError,
  ServerlessWorkerNotFoundError,
  ServerlessProductNotFoundError,
  ServerlessAppNameIsExistError,
  TemplateIsPrivateError,
  TemplateNotFoundError,
] as const;

/** The class type of each documented (or observed) GPU instance code, for narrowing. @public */
export interface GpuErrorByCode {
  UNKNOWN: UnknownError;
  GET_TOKEN_FAILED: GetTokenFailedError;
  FORBIDDEN: ForbiddenError;
  UNAUTHORIZED: UnauthorizedError;
  USER_ALREADY_EXISTS: UserAlreadyExistsError;
  INVALID_USER_OR_PASSWORD: InvalidUserOrPasswordError;
  INVALID_CODE: InvalidCodeError;
  USER_NOT_FOUND: UserNotFoundError;
  USER_PHONE_NOT_CONSIST: UserPhoneNotConsistError;
  SEND_CODE_TOO_FAST: SendCodeTooFastError;
  INVALID_PUBLIC_KEY: InvalidPublicKeyError;
  USER_NOT_ACTIVATED: UserNotActivatedError;
  USER_ALREADY_ACTIVATED: UserAlreadyActivatedError;
  INVALID_USER_TOKEN: InvalidUserTokenError;
  BANNED_USER: BannedUserError;
  RATE_LIMIT_EXCEEDED: RateLimitExceededError;
  RESOURCE_NOT_FOUND: ResourceNotFoundError;
  CONFLICT: ConflictError;
  VALIDATOR_PARAM: ValidatorParamError;
  REQUEST: RequestError;
  OPERATION_LIMIT: OperationLimitError;
  INSUFFICIENT_RESOURCE: InsufficientResourceError;
  CLUSTER_STATUS: ClusterStatusError;
  NODE_STATUS: NodeStatusError;
  DEPENDENT_RESOURCE_STATE: DependentResourceStateError;
  PREPAID_INSTANCE_NOT_SUPPORT_RELEASE: PrepaidInstanceNotSupportReleaseError;
  CREATING_INSTANCE_NOT_SUPPORT_RENEWAL: CreatingInstanceNotSupportRenewalError;
  INSTANCE_LOCAL_STORAGE_NOT_FOUND: InstanceLocalStorageNotFoundError;
  INVALID_COMMAND_PARAM: InvalidCommandParamError;
  GPU_SPEC_USED: GpuSpecUsedError;
  INCORRECT_USER_SYNCER_REQUIRE_PARAMS: IncorrectUserSyncerRequireParamsError;
  MIGRATE_INSUFFICIENT_RESOURCE: MigrateInsufficientResourceError;
  WALLET_NOT_FOUND: WalletNotFoundError;
  WALLET_UNSUPPORT_RECHARGE_METHOD: WalletUnsupportRechargeMethodError;
  BALANCE_NOT_ENOUGH: BalanceNotEnoughError;
  UNSUPPORTED_BILLING_MODE: UnsupportedBillingModeError;
  EXPIRED_OR_BALANCE_NOT_ENOUGH: ExpiredOrBalanceNotEnoughError;
  ORDER_NOT_FOUND: OrderNotFoundError;
  SAVING_PLAN_ALREADY_EXISTS: SavingPlanAlreadyExistsError;
  CREATE_INSTANCE_LIMIT: CreateInstanceLimitError;
  NETWORK_STORAGE_TOO_LARGE: NetworkStorageTooLargeError;
  CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT: CurClusterNetworkStorageNotSupportError;
  NETWORK_STORAGE_IN_USE: NetworkStorageInUseError;
  NETWORK_STORAGE_UNAVAILABLE: NetworkStorageUnavailableError;
  NETWORK_STORAGE_NOT_FOUND: NetworkStorageNotFoundError;
  IMAGE_NOT_FOUND: ImageNotFoundError;
  IMAGE_AUTH_IN_USE: ImageAuthInUseError;
  NETWORK_NOT_FOUND: NetworkNotFoundError;
  NETWORK_IN_USE: NetworkInUseError;
  NETWORK_MAX_LIMIT: NetworkMaxLimitError;
  SEND_MSG_ERROR: SendMsgErrorError;
  JOB_NOT_FOUND: JobNotFoundError;
  SERVERLESS_ENDPOINT_NOT_FOUND: ServerlessEndpointNotFoundError;
  SERVERLESS_WORKER_NOT_FOUND: ServerlessWorkerNotFoundError;
  SERVERLESS_PRODUCT_NOT_FOUND: ServerlessProductNotFoundError;
  SERVERLESS_APP_NAME_IS_EXIST: ServerlessAppNameIsExistError;
  TEMPLATE_IS_PRIVATE: TemplateIsPrivateError;
  TEMPLATE_NOT_FOUND: TemplateNotFoundError;
}
