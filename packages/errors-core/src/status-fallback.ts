import type { ErrorCategory } from "./error-category.js";

/**
 * The category of an error that carries no code, from its HTTP status alone.
 * Used only when the response had no code: with a code, the catalog decides.
 *
 * @public
 */
export function categoryFromStatus(status: number): ErrorCategory {
  return (
    STATUS_CATEGORIES[status] ??
    (status >= 500 && status <= 599 ? "server" : status >= 400 && status <= 499 ? "invalid_request" : "unknown")
  );
}

const STATUS_CATEGORIES: Readonly<Partial<Record<number, ErrorCategory>>> = {
  401: "authentication",
  402: "insufficient_balance",
  403: "permission",
  404: "not_found",
  408: "unavailable",
  409: "conflict",
  410: "not_found",
  429: "rate_limit",
  502: "unavailable",
  503: "unavailable",
  504: "unavailable",
};

/** Whether an error without a code may be repeated as is: 408, 429, 502, 503 and 504. @public */
export function retryableFromStatus(status: number): boolean {
  return [408, 429, 502, 503, 504].includes(status);
}

/**
 * A well-defined error status from whatever the caller had: an integer from
 * 400 to 599 is kept; anything else (undefined, 0, NaN, a 2xx, out of range)
 * becomes `fallback` when that is a valid error status, else 500.
 *
 * @public
 */
export function normalizeStatus(status: unknown, fallback?: unknown): number {
  if (isErrorStatus(status)) return status;
  if (isErrorStatus(fallback)) return fallback;
  return 500;
}

/** Whether `value` is an integer HTTP error status (400 to 599). */
export function isErrorStatus(value: unknown): value is number {
  // Number.isInteger is false for anything but a number, and coerces nothing (a BigInt, a hostile valueOf).
  return Number.isInteger(value) && (value as number) > 399 && (value as number) < 600;
}
