import type { NovitaError } from "./novita-error.js";

/** A response to send: status, headers and the serialized body. @public */
export interface WireResponse {
  /** The HTTP status to answer with. */
  readonly status: number;
  /** The headers to send: content type, and Retry-After and the request id when known. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body, serialized. */
  readonly body: string;
}

/** The platform's exact error body: `code` is the HTTP status, `reason` the code. @public */
export interface PlatformErrorBody {
  code: number;
  reason?: string;
  message: string;
  metadata: Readonly<Record<string, string>>;
}

/**
 * The platform's exact wire body for an error, without the read-only extras
 * of `toJSON()`: what the platform itself sends.
 *
 * @example
 * ```ts
 * toPlatformBody(new RateLimitExceededError());
 * // { code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "Too many requests, …", metadata: {} }
 * ```
 *
 * @public
 */
export function toPlatformBody(error: NovitaError): PlatformErrorBody {
  // Key order as the platform writes it: code, reason, message, metadata.
  return error.code.startsWith("HTTP_")
    ? { code: error.status, message: error.message, metadata: { ...error.metadata } }
    : { code: error.status, reason: error.code, message: error.message, metadata: { ...error.metadata } };
}

function commonHeaders(error: NovitaError, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": contentType };
  if (error.retryAfterMs !== undefined) headers["retry-after"] = String(Math.ceil(error.retryAfterMs / 1000));
  if (error.requestId !== undefined) headers["x-request-id"] = error.requestId;
  return headers;
}

/**
 * The exact response the platform sends for an error — status, headers and
 * body — for servers, proxies and mocks.
 *
 * @example
 * ```ts
 * const { status, headers, body } = toWireResponse(new ModelNotFoundError());
 * res.writeHead(status, headers).end(body);
 * ```
 *
 * @public
 */
export function toWireResponse(error: NovitaError): WireResponse {
  return {
    status: error.status,
    headers: commonHeaders(error, "application/json"),
    body: JSON.stringify(toPlatformBody(error)),
  };
}

/** An RFC 9457 problem-details object, with the platform's fields as extensions. @public */
export interface ProblemDetails {
  /** A URI naming the problem type: `urn:novita:error:<domain>:<code>`. */
  type: string;
  /** The documented description of the code. */
  title: string;
  /** The HTTP status. */
  status: number;
  /** The message of this occurrence. */
  detail: string;
  /** The request id, when known, as a URN. */
  instance?: string;
  /** Extension: the platform's code. */
  code: string;
  /** Extension: the API domain. */
  domain: string;
  /** Extension: the category. */
  category: string;
  /** Extension: whether the request may be repeated. */
  retryable: boolean;
  /** Extension: the platform's metadata. */
  metadata: Readonly<Record<string, string>>;
}

/**
 * The error as RFC 9457 problem details (`application/problem+json`), for
 * services that speak that standard.
 *
 * @example
 * ```ts
 * const problem = toProblemDetails(err);
 * res.writeHead(problem.status, { "content-type": PROBLEM_JSON }).end(JSON.stringify(problem));
 * ```
 *
 * @public
 */
export function toProblemDetails(error: NovitaError): ProblemDetails {
  const problem: ProblemDetails = {
    type: `urn:novita:error:${error.domain}:${error.code}`,
    title: error.description,
    status: error.status,
    detail: error.message,
    code: error.code,
    domain: error.domain,
    category: error.category,
    retryable: error.retryable,
    metadata: { ...error.metadata },
  };
  if (error.requestId !== undefined) problem.instance = `urn:novita:request:${encodeURIComponent(error.requestId)}`;
  return problem;
}

/** The media type of problem details. @public */
export const PROBLEM_JSON = "application/problem+json";

/**
 * The error as a problem-details response: status, headers and body.
 *
 * @public
 */
export function toProblemResponse(error: NovitaError): WireResponse {
  return {
    status: error.status,
    headers: commonHeaders(error, PROBLEM_JSON),
    body: JSON.stringify(toProblemDetails(error)),
  };
}
