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
  const code = answerStatus(error);
  // Key order as the platform writes it: code, reason, message, metadata.
  return error.code.startsWith("HTTP_")
    ? { code, message: error.message, metadata: { ...error.metadata } }
    : { code, reason: error.code, message: error.message, metadata: { ...error.metadata } };
}

/**
 * The HTTP status to answer with: the error's own, or for a failure without
 * an answer (status 0, which no response may carry) what a gateway answers:
 * 504 for `TIMEOUT`, 499 for `ABORTED`, 502 for anything else.
 */
function answerStatus(error: NovitaError): number {
  const status = error.status;
  if (Number.isInteger(status) && status >= 200 && status <= 599) return status;
  return error.code === "TIMEOUT" ? 504 : error.code === "ABORTED" ? 499 : 502;
}

function commonHeaders(error: NovitaError, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": contentType };
  const delay = error.retryAfterMs;
  if (delay !== undefined) {
    headers["retry-after"] = String(Math.ceil(delay / 1000));
    // The exact delay, which Retry-After's whole seconds cannot carry.
    headers["retry-after-ms"] = String(Math.ceil(delay));
  }
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
    status: answerStatus(error),
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
    status: answerStatus(error),
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
    status: answerStatus(error),
    headers: commonHeaders(error, PROBLEM_JSON),
    body: JSON.stringify(toProblemDetails(error)),
  };
}
