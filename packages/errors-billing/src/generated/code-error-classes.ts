// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import type { NovitaErrorOptions } from "@novita/errors-core";
import { initializeCodeError } from "@novita/errors-core/internal";
import { BillingError } from "./billing-error.js";

/**
 * Thrown when the billing API answers `UNKNOWN` (HTTP 500): Unknown error, please contact us.
 *
 * - code: `UNKNOWN`
 * - status: 500
 * - description: Unknown error, please contact us
 * - category: `unknown`
 * - retryable: no
 *
 * @public
 */
export class UnknownError extends BillingError<"UNKNOWN"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "UNKNOWN",
    status: 500,
    description: "Unknown error, please contact us",
    category: "unknown",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Unknown error, please contact us"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the billing API answers `LIST_BILL_TOO_FAST` (HTTP 429): Requests are too frequent, please try again later.
 *
 * - code: `LIST_BILL_TOO_FAST`
 * - status: 429
 * - description: Requests are too frequent, please try again later
 * - category: `rate_limit`
 * - retryable: yes
 *
 * @public
 */
export class ListBillTooFastError extends BillingError<"LIST_BILL_TOO_FAST"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "LIST_BILL_TOO_FAST",
    status: 429,
    description: "Requests are too frequent, please try again later",
    category: "rate_limit",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Requests are too frequent, please try again later"), status (default 429), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the billing API answers `INVALID_PRODUCT_CATEGORY` (HTTP 400): Invalid productCategory parameter.
 *
 * - code: `INVALID_PRODUCT_CATEGORY`
 * - status: 400
 * - description: Invalid productCategory parameter
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidProductCategoryError extends BillingError<"INVALID_PRODUCT_CATEGORY"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_PRODUCT_CATEGORY",
    status: 400,
    description: "Invalid productCategory parameter",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid productCategory parameter"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the billing API answers `INVALID_BILL_CYCLE` (HTTP 400): Invalid cycle parameter.
 *
 * - code: `INVALID_BILL_CYCLE`
 * - status: 400
 * - description: Invalid cycle parameter
 * - category: `invalid_request`
 * - retryable: no
 *
 * @public
 */
export class InvalidBillCycleError extends BillingError<"INVALID_BILL_CYCLE"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "INVALID_BILL_CYCLE",
    status: 400,
    description: "Invalid cycle parameter",
    category: "invalid_request",
    retryable: false,
  } as const;

  /**
   * @param options - message (default: "Invalid cycle parameter"), status (default 400), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/**
 * Thrown when the billing API answers `LIST_BILL_ERROR` (HTTP 500): Query error, please contact us.
 *
 * - code: `LIST_BILL_ERROR`
 * - status: 500
 * - description: Query error, please contact us
 * - category: `server`
 * - retryable: yes
 *
 * @public
 */
export class ListBillErrorError extends BillingError<"LIST_BILL_ERROR"> {
  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */
  static override readonly entry = {
    code: "LIST_BILL_ERROR",
    status: 500,
    description: "Query error, please contact us",
    category: "server",
    retryable: true,
  } as const;

  /**
   * @param options - message (default: "Query error, please contact us"), status (default 500), metadata, request id, cause
   */
  constructor(options?: NovitaErrorOptions) {
    super(options?.message, options);
    initializeCodeError(this, options);
  }
}

/** The classes of the documented billing codes, in catalog order, then of the observed ones. @public */
export const billingErrorClasses = [
  UnknownError,
  ListBillTooFastError,
  InvalidProductCategoryError,
  InvalidBillCycleError,
  ListBillErrorError,
] as const;

/** The class type of each documented (or observed) billing code, for narrowing. @public */
export interface BillingErrorByCode {
  UNKNOWN: UnknownError;
  LIST_BILL_TOO_FAST: ListBillTooFastError;
  INVALID_PRODUCT_CATEGORY: InvalidProductCategoryError;
  INVALID_BILL_CYCLE: InvalidBillCycleError;
  LIST_BILL_ERROR: ListBillErrorError;
}
