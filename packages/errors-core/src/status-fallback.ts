import type { ErrorCategory } from "./error-category.js";

/**
 * The category of an error that carries no code, from its HTTP status alone.
 * Used only when the response had no code: with a code, the catalog decides.
 */
export function categoryFromStatus(status: number): ErrorCategory {
  switch (status) {
    case 400:
    case 413:
    case 414:
    case 415:
    case 422:
      return "invalid_request";
    case 401:
      return "authentication";
    case 402:
      return "insufficient_balance";
    case 403:
      return "permission";
    case 404:
    case 410:
      return "not_found";
    case 409:
      return "conflict";
    case 429:
      return "rate_limit";
    case 408:
    case 502:
    case 503:
    case 504:
      return "unavailable";
  }
  if (status >= 500 && status <= 599) return "server";
  if (status >= 400 && status <= 499) return "invalid_request";
  return "unknown";
}

/** Whether an error without a code may be repeated as is: 408, 429, 502, 503 and 504. */
export function retryableFromStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 502 || status === 503 || status === 504;
}

/**
 * A well-defined error status from whatever the caller had: an integer from
 * 400 to 599 is kept; anything else (undefined, 0, NaN, a 2xx, out of range)
 * becomes `fallback` when that is a valid error status, else 500.
 */
export function normalizeStatus(status: unknown, fallback?: unknown): number {
  if (isErrorStatus(status)) return status;
  if (isErrorStatus(fallback)) return fallback;
  return 500;
}

/** Whether `value` is an integer HTTP error status (400 to 599). */
export function isErrorStatus(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 400 && value <= 599;
}
