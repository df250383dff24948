/**
 * The closed set of categories that group the platform's codes across domains,
 * in the spirit of gRPC's canonical codes. Each documented code has one, chosen
 * by what it means, never by its HTTP status.
 *
 * @example
 * ```ts
 * if (err.category === ErrorCategory.RateLimit) await sleep(err.retryAfterMs ?? 1000);
 * ```
 *
 * @public
 */
export const ErrorCategory = {
  /** The request is malformed or a parameter is invalid. */
  InvalidRequest: "invalid_request",
  /** The caller is not authenticated: missing, invalid or expired credentials. */
  Authentication: "authentication",
  /** The caller is authenticated but not allowed to do this. */
  Permission: "permission",
  /** The API, model or resource asked for does not exist. */
  NotFound: "not_found",
  /** The resource already exists or collides with another. */
  Conflict: "conflict",
  /** Too many requests in a window of time: wait and repeat. */
  RateLimit: "rate_limit",
  /** A count or size limit of the account is reached. */
  QuotaExceeded: "quota_exceeded",
  /** The account's balance does not cover the request. */
  InsufficientBalance: "insufficient_balance",
  /** The prompt or an input was refused by the content policy. */
  ContentPolicy: "content_policy",
  /** The resource or account is not in the state the operation needs. */
  FailedPrecondition: "failed_precondition",
  /** The platform lacks the capacity (GPUs, nodes) to serve the request now. */
  Capacity: "capacity",
  /** The platform failed while handling the request. */
  Server: "server",
  /** The service or a dependency is temporarily unavailable. */
  Unavailable: "unavailable",
  /** Nothing more specific is known. */
  Unknown: "unknown",
  /** No answer: the connection failed (refused, reset, DNS, TLS, socket closed). */
  Network: "network",
  /** No answer in time: a client's or an `AbortSignal`'s deadline passed. */
  Timeout: "timeout",
  /** The caller cancelled the request. */
  Cancelled: "cancelled",
} as const;

/** One of the values of `ErrorCategory`. @public */
export type ErrorCategory = (typeof ErrorCategory)[keyof typeof ErrorCategory];
