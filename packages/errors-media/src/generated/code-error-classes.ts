// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import type { NovitaErrorOptions } from "@novita/errors-core";
import { initializeCodeError } from "@novita/errors-core/internal";
import { MediaError } from "./media-error.js";

/**
 * Thrown when the media (image, video, audio) API answers `INVALID_REQUEST_BODY` (HTTP 400): Request parameter validation failed.
 *
 * - code: `INVALID_REQUEST_BODY`
 * - status: 400
 * - description: Request parameter validation failed
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidRequestBodyError extends MediaError<"INVALID_REQUEST_BODY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_REQUEST_BODY",
    status: 400,
    description: "Request parameter validation failed",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Request parameter validation failed"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `IMAGE_FILE_EXCEEDS_MAX_SIZE` (HTTP 400): Image size exceeds limit.
 *
 * - code: `IMAGE_FILE_EXCEEDS_MAX_SIZE`
 * - status: 400
 * - description: Image size exceeds limit
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class ImageFileExceedsMaxSizeError extends MediaError<"IMAGE_FILE_EXCEEDS_MAX_SIZE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "IMAGE_FILE_EXCEEDS_MAX_SIZE",
    status: 400,
    description: "Image size exceeds limit",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image size exceeds limit"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `INVALID_IMAGE_FORMAT` (HTTP 400): Image format does not meet requirements.
 *
 * - code: `INVALID_IMAGE_FORMAT`
 * - status: 400
 * - description: Image format does not meet requirements
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidImageFormatError extends MediaError<"INVALID_IMAGE_FORMAT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_IMAGE_FORMAT",
    status: 400,
    description: "Image format does not meet requirements",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image format does not meet requirements"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `IMAGE_EXCEEDS_MAX_RESOLUTION` (HTTP 400): Image resolution exceeds limit.
 *
 * - code: `IMAGE_EXCEEDS_MAX_RESOLUTION`
 * - status: 400
 * - description: Image resolution exceeds limit
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class ImageExceedsMaxResolutionError extends MediaError<"IMAGE_EXCEEDS_MAX_RESOLUTION"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "IMAGE_EXCEEDS_MAX_RESOLUTION",
    status: 400,
    description: "Image resolution exceeds limit",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image resolution exceeds limit"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `INVALID_IMAGE_SIZE` (HTTP 400): Image width or height exceeds limit.
 *
 * - code: `INVALID_IMAGE_SIZE`
 * - status: 400
 * - description: Image width or height exceeds limit
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidImageSizeError extends MediaError<"INVALID_IMAGE_SIZE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_IMAGE_SIZE",
    status: 400,
    description: "Image width or height exceeds limit",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image width or height exceeds limit"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `API_NOT_FOUND` (HTTP 404): API not found.
 *
 * - code: `API_NOT_FOUND`
 * - status: 404
 * - description: API not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class ApiNotFoundError extends MediaError<"API_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "API_NOT_FOUND",
    status: 404,
    description: "API not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "API not found"), status (default 404), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `IMAGE_NO_FACE_DETECTED` (HTTP 400): No face detected.
 *
 * - code: `IMAGE_NO_FACE_DETECTED`
 * - status: 400
 * - description: No face detected
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class ImageNoFaceDetectedError extends MediaError<"IMAGE_NO_FACE_DETECTED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "IMAGE_NO_FACE_DETECTED",
    status: 400,
    description: "No face detected",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "No face detected"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `INVALID_CUSTOM_OUTPUT_PATH` (HTTP 400): Invalid OSS path.
 *
 * - code: `INVALID_CUSTOM_OUTPUT_PATH`
 * - status: 400
 * - description: Invalid OSS path
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidCustomOutputPathError extends MediaError<"INVALID_CUSTOM_OUTPUT_PATH"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_CUSTOM_OUTPUT_PATH",
    status: 400,
    description: "Invalid OSS path",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid OSS path"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `ILLEGAL_PROMPT` (HTTP 400): Prompt contains inappropriate content.
 *
 * - code: `ILLEGAL_PROMPT`
 * - status: 400
 * - description: Prompt contains inappropriate content
 * - category: `content_policy`
 * - retryable: no
 *
 * @public
 */
export class IllegalPromptError extends MediaError<"ILLEGAL_PROMPT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "ILLEGAL_PROMPT",
    status: 400,
    description: "Prompt contains inappropriate content",
    category: "content_policy",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Prompt contains inappropriate content"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `ILLEGAL_IMAGE_CONTENT` (HTTP 400): Image contains inappropriate content.
 *
 * - code: `ILLEGAL_IMAGE_CONTENT`
 * - status: 400
 * - description: Image contains inappropriate content
 * - category: `content_policy`
 * - retryable: no
 *
 * @public
 */
export class IllegalImageContentError extends MediaError<"ILLEGAL_IMAGE_CONTENT"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "ILLEGAL_IMAGE_CONTENT",
    status: 400,
    description: "Image contains inappropriate content",
    category: "content_policy",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Image contains inappropriate content"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `INVALID_AUDIO_FILE` (HTTP 400): Invalid audio input.
 *
 * - code: `INVALID_AUDIO_FILE`
 * - status: 400
 * - description: Invalid audio input
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidAudioFileError extends MediaError<"INVALID_AUDIO_FILE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_AUDIO_FILE",
    status: 400,
    description: "Invalid audio input",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid audio input"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `BILLING_FAILED` (HTTP 500): Billing service error.
 *
 * - code: `BILLING_FAILED`
 * - status: 500
 * - description: Billing service error
 * - category: `server`
 * - retryable: yes
 *
 * @public
 */
export class BillingFailedError extends MediaError<"BILLING_FAILED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "BILLING_FAILED",
    status: 500,
    description: "Billing service error",
    category: "server",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Billing service error"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `BILLING_AUTH_FAILED` (HTTP 403): Billing service authentication failed.
 *
 * - code: `BILLING_AUTH_FAILED`
 * - status: 403
 * - description: Billing service authentication failed
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class BillingAuthFailedError extends MediaError<"BILLING_AUTH_FAILED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "BILLING_AUTH_FAILED",
    status: 403,
    description: "Billing service authentication failed",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Billing service authentication failed"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `BILLING_BALANCE_NOT_ENOUGH` (HTTP 400): Insufficient balance.
 *
 * - code: `BILLING_BALANCE_NOT_ENOUGH`
 * - status: 400
 * - description: Insufficient balance
 * - category: `insufficient_balance`
 * - retryable: no
 *
 * @public
 */
export class BillingBalanceNotEnoughError extends MediaError<"BILLING_BALANCE_NOT_ENOUGH"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "BILLING_BALANCE_NOT_ENOUGH",
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
 * Thrown when the media (image, video, audio) API answers `MISSING_API_KEY` (HTTP 400): API Key not provided.
 *
 * - code: `MISSING_API_KEY`
 * - status: 400
 * - description: API Key not provided
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class MissingApiKeyError extends MediaError<"MISSING_API_KEY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "MISSING_API_KEY",
    status: 400,
    description: "API Key not provided",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "API Key not provided"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `INVALID_API_KEY` (HTTP 403): API Key validation failed.
 *
 * - code: `INVALID_API_KEY`
 * - status: 403
 * - description: API Key validation failed
 * - category: `authentication`
 * - retryable: no
 *
 * @public
 */
export class InvalidApiKeyError extends MediaError<"INVALID_API_KEY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_API_KEY",
    status: 403,
    description: "API Key validation failed",
    category: "authentication",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "API Key validation failed"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `FEATURE_NOT_ALLOWED` (HTTP 403): No permission to upload model.
 *
 * - code: `FEATURE_NOT_ALLOWED`
 * - status: 403
 * - description: No permission to upload model
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class FeatureNotAllowedError extends MediaError<"FEATURE_NOT_ALLOWED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "FEATURE_NOT_ALLOWED",
    status: 403,
    description: "No permission to upload model",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "No permission to upload model"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `API_NOT_ALLOWED` (HTTP 403): No permission to use this API.
 *
 * - code: `API_NOT_ALLOWED`
 * - status: 403
 * - description: No permission to use this API
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class ApiNotAllowedError extends MediaError<"API_NOT_ALLOWED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "API_NOT_ALLOWED",
    status: 403,
    description: "No permission to use this API",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "No permission to use this API"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `RATE_LIMIT_EXCEEDED` (HTTP 429): Rate limit exceeded.
 *
 * - code: `RATE_LIMIT_EXCEEDED`
 * - status: 429
 * - description: Rate limit exceeded
 * - category: `rate_limit`
 * - retryable: yes
 *
 * @public
 */
export class RateLimitExceededError extends MediaError<"RATE_LIMIT_EXCEEDED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Rate limit exceeded",
    category: "rate_limit",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Rate limit exceeded"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `NEED_REAL_NAME_VERIFY` (HTTP 403): Enterprise verification not completed.
 *
 * - code: `NEED_REAL_NAME_VERIFY`
 * - status: 403
 * - description: Enterprise verification not completed
 * - category: `permission`
 * - retryable: no
 *
 * @public
 */
export class NeedRealNameVerifyError extends MediaError<"NEED_REAL_NAME_VERIFY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "NEED_REAL_NAME_VERIFY",
    status: 403,
    description: "Enterprise verification not completed",
    category: "permission",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Enterprise verification not completed"), status (default 403), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `CREATE_TASK_FAILED` (HTTP 500): Failed to create task.
 *
 * - code: `CREATE_TASK_FAILED`
 * - status: 500
 * - description: Failed to create task
 * - category: `server`
 * - retryable: yes
 *
 * @public
 */
export class CreateTaskFailedError extends MediaError<"CREATE_TASK_FAILED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "CREATE_TASK_FAILED",
    status: 500,
    description: "Failed to create task",
    category: "server",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Failed to create task"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `TASK_NOT_FOUND` (HTTP 404): Task not found.
 *
 * - code: `TASK_NOT_FOUND`
 * - status: 404
 * - description: Task not found
 * - category: `not_found`
 * - retryable: no
 *
 * @public
 */
export class TaskNotFoundError extends MediaError<"TASK_NOT_FOUND"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "TASK_NOT_FOUND",
    status: 404,
    description: "Task not found",
    category: "not_found",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Task not found"), status (default 404), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `GET_RESULT_FAILED` (HTTP 500): Failed to get task result.
 *
 * - code: `GET_RESULT_FAILED`
 * - status: 500
 * - description: Failed to get task result
 * - category: `server`
 * - retryable: yes
 *
 * @public
 */
export class GetResultFailedError extends MediaError<"GET_RESULT_FAILED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "GET_RESULT_FAILED",
    status: 500,
    description: "Failed to get task result",
    category: "server",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Failed to get task result"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `TASK_FAILED` (HTTP 500): Task execution failed.
 *
 * - code: `TASK_FAILED`
 * - status: 500
 * - description: Task execution failed
 * - category: `server`
 * - retryable: no
 *
 * @public
 */
export class TaskFailedError extends MediaError<"TASK_FAILED"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "TASK_FAILED",
    status: 500,
    description: "Task execution failed",
    category: "server",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Task execution failed"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the media (image, video, audio) API answers `ANONYMOUS_ACCESS_QUOTA_EXCEEDS` (HTTP 429): The quota of calls without an account is used up: sign in or use an API key.
 *
 * Observed, not in the published table: seen in novita-sdk 3.1.3 (npm), APIErrReason.ANONYMOUS_ACCESS_QUOTA_EXCEEDS, which Novita's own web playground handles with ResponseCode.TOO_MANY_REQ (429) by asking the user to sign in.
 *
 * - code: `ANONYMOUS_ACCESS_QUOTA_EXCEEDS`
 * - status: 429
 * - description: The quota of calls without an account is used up: sign in or use an API key
 * - category: `quota_exceeded`
 * - retryable: no
 *
 * @public
 */
export class AnonymousAccessQuotaExceedsError extends MediaError<"ANONYMOUS_ACCESS_QUOTA_EXCEEDS"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "ANONYMOUS_ACCESS_QUOTA_EXCEEDS",
    status: 429,
    description: "The quota of calls without an account is used up: sign in or use an API key",
    category: "quota_exceeded",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "The quota of calls without an account is used up: sign in or use an API key"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/** The classes of the documented media (image, video, audio) codes, in catalog order, then of the observed ones. @public */
export const mediaErrorClasses = [
  InvalidRequestBodyError,
  ImageFileExceedsMaxSizeError,
  InvalidImageFormatError,
  ImageExceedsMaxResolutionError,
  InvalidImageSizeError,
  ApiNotFoundError,
  ImageNoFaceDetectedError,
  InvalidCustomOutputPathError,
  IllegalPromptError,
  IllegalImageContentError,
  InvalidAudioFileError,
  BillingFailedError,
  BillingAuthFailedError,
  BillingBalanceNotEnoughError,
  MissingApiKeyError,
  InvalidApiKeyError,
  FeatureNotAllowedError,
  ApiNotAllowedError,
  RateLimitExceededError,
  NeedRealNameVerifyError,
  CreateTaskFailedError,
  TaskNotFoundError,
  GetResultFailedError,
  TaskFailedError,
  AnonymousAccessQuotaExceedsError,
] as const;

/** The class type of each documented (or observed) media (image, video, audio) code, for narrowing. @public */
export interface MediaErrorByCode {
  INVALID_REQUEST_BODY: InvalidRequestBodyError;
  IMAGE_FILE_EXCEEDS_MAX_SIZE: ImageFileExceedsMaxSizeError;
  INVALID_IMAGE_FORMAT: InvalidImageFormatError;
  IMAGE_EXCEEDS_MAX_RESOLUTION: ImageExceedsMaxResolutionError;
  INVALID_IMAGE_SIZE: InvalidImageSizeError;
  API_NOT_FOUND: ApiNotFoundError;
  IMAGE_NO_FACE_DETECTED: ImageNoFaceDetectedError;
  INVALID_CUSTOM_OUTPUT_PATH: InvalidCustomOutputPathError;
  ILLEGAL_PROMPT: IllegalPromptError;
  ILLEGAL_IMAGE_CONTENT: IllegalImageContentError;
  INVALID_AUDIO_FILE: InvalidAudioFileError;
  BILLING_FAILED: BillingFailedError;
  BILLING_AUTH_FAILED: BillingAuthFailedError;
  BILLING_BALANCE_NOT_ENOUGH: BillingBalanceNotEnoughError;
  MISSING_API_KEY: MissingApiKeyError;
  INVALID_API_KEY: InvalidApiKeyError;
  FEATURE_NOT_ALLOWED: FeatureNotAllowedError;
  API_NOT_ALLOWED: ApiNotAllowedError;
  RATE_LIMIT_EXCEEDED: RateLimitExceededError;
  NEED_REAL_NAME_VERIFY: NeedRealNameVerifyError;
  CREATE_TASK_FAILED: CreateTaskFailedError;
  TASK_NOT_FOUND: TaskNotFoundError;
  GET_RESULT_FAILED: GetResultFailedError;
  TASK_FAILED: TaskFailedError;
  ANONYMOUS_ACCESS_QUOTA_EXCEEDS: AnonymousAccessQuotaExceedsError;
}
