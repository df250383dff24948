import { delayOf, readText, stringRecord } from "./coerce-fields.js";
import type { NovitaError } from "./novita-error.js";
import { headerValue, wellFormed } from "./text-safety.js";

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

/** What the writers read of an error: each field once, guarded, of its declared type. */
interface Written {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly description: string;
  readonly domain: string;
  readonly category: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly requestId: string | undefined;
  readonly metadata: Record<string, string>;
}

/**
 * Reads `error` as the writers need it. Never throws: the writers promise that whatever the error
 * holds (a hand-built one from plain JavaScript, a look-alike, getters that throw, BigInt or cyclic
 * metadata), they answer. A field that cannot be read as its type is written as absent.
 */
function written(error: NovitaError): Written {
  const statusRead = (() => {
    try {
      return error.status;
    } catch {
      return undefined;
    }
  })();
  const code = readText(() => error.code);
  const status = answerStatus(statusRead, code);
  const message = readText(() => error.message) ?? "";
  let retryable = false;
  let metadata: Record<string, string> = {};
  let retryAfterMs: number | undefined;
  try {
    retryable = error.retryable === true;
    retryAfterMs = delayOf(error.retryAfterMs);
    metadata = { ...stringRecord(error.metadata) };
  } catch {
    // What was read stays.
  }
  return {
    status,
    code: code === undefined || code === "" ? `HTTP_${status}` : code,
    message,
    description: readText(() => error.description) ?? message,
    domain: readText(() => error.domain) ?? "unknown",
    category: readText(() => error.category) ?? "unknown",
    retryable,
    retryAfterMs,
    requestId: readText(() => error.requestId),
    metadata,
  };
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
  return platformBody(written(error));
}

function platformBody(fields: Written): PlatformErrorBody {
  const { status: code, message, metadata } = fields;
  // Key order as the platform writes it: code, reason, message, metadata.
  return fields.code.startsWith("HTTP_")
    ? { code, message, metadata }
    : { code, reason: fields.code, message, metadata };
}

/**
 * The HTTP status to answer with: the error's own, or for a failure without
 * an answer (status 0, which no response may carry) what a gateway answers:
 * 504 for `TIMEOUT`, 499 for `ABORTED`, 502 for anything else.
 */
function answerStatus(status: unknown, code: string | undefined): number {
  if (typeof status === "number" && Number.isInteger(status) && status >= 200 && status <= 599) return status;
  return code === "TIMEOUT" ? 504 : code === "ABORTED" ? 499 : 502;
}

function commonHeaders(fields: Written, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": contentType };
  const delay = fields.retryAfterMs;
  if (delay !== undefined) {
    headers["retry-after"] = String(Math.ceil(delay / 1000));
    // The exact delay, which Retry-After's whole seconds cannot carry.
    headers["retry-after-ms"] = String(Math.ceil(delay));
  }
  // Whatever the error holds (a request id built by hand with CR/LF or non-Latin-1 characters), a valid header.
  if (fields.requestId !== undefined) headers["x-request-id"] = headerValue(fields.requestId);
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
  const fields = written(error);
  return {
    status: fields.status,
    headers: commonHeaders(fields, "application/json"),
    body: JSON.stringify(platformBody(fields)),
  };
}

/** An RFC 9457 problem-details object, with the platform's fields as extensions. @public */
export interface ProblemDetails {
  /** A URI naming the problem type: `urn:novita:error:<domain>:<code>`. */
  type: string;
  /** The documented description of the code. */
  title: string;
  /** The HTTP status answered with. */
  status: number;
  /** The message of this occurrence; left out with `{ detail: false }`. */
  detail?: string;
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
  /** Extension: the platform's metadata; left out with `{ metadata: false }`. */
  metadata?: Readonly<Record<string, string>>;
}

/**
 * What a problem-details answer tells its caller. A backend that called the
 * platform with its own key must not hand its callers the upstream verdict:
 * answer 502 and leave out the upstream message and metadata.
 *
 * @public
 */
export interface ProblemOptions {
  /**
   * The status to answer with, or a function of the error that gives it (say
   * `() => 502` for any upstream failure). Anything but an integer from 200 to
   * 599 is ignored: the error's own status is answered.
   */
  readonly status?: number | ((error: NovitaError) => number) | undefined;
  /** `false` leaves out `detail`, the upstream message. */
  readonly detail?: boolean | undefined;
  /** `false` leaves out `metadata`, the upstream metadata (an account's balance, say). */
  readonly metadata?: boolean | undefined;
}

/** The status a problem answers with: the option's when valid, else the error's own. */
function problemStatus(error: NovitaError, fields: Written, options: ProblemOptions | undefined): number {
  let wanted: unknown;
  try {
    wanted = typeof options?.status === "function" ? options.status(error) : options?.status;
  } catch {
    // A status callback that throws: the error's own status is answered.
  }
  return typeof wanted === "number" && Number.isInteger(wanted) && wanted >= 200 && wanted <= 599
    ? wanted
    : fields.status;
}

/** `options[key] !== false`, read without throwing (a getter that throws keeps the field). */
function includes(options: ProblemOptions | undefined, key: "detail" | "metadata"): boolean {
  try {
    return options?.[key] !== false;
  } catch {
    return true;
  }
}

/**
 * The error as RFC 9457 problem details (`application/problem+json`), for
 * services that speak that standard. Never throws, whatever the error holds.
 *
 * @example
 * ```ts
 * const problem = toProblemDetails(err, { status: 502, detail: false, metadata: false });
 * res.writeHead(problem.status, { "content-type": PROBLEM_JSON }).end(JSON.stringify(problem));
 * ```
 *
 * @public
 */
export function toProblemDetails(error: NovitaError, options?: ProblemOptions): ProblemDetails {
  return problemOf(error, written(error), options);
}

function problemOf(error: NovitaError, fields: Written, options: ProblemOptions | undefined): ProblemDetails {
  const problem: ProblemDetails = {
    type: `urn:novita:error:${encodeURIComponent(wellFormed(fields.domain))}:${encodeURIComponent(wellFormed(fields.code))}`,
    title: fields.description,
    status: problemStatus(error, fields, options),
    code: fields.code,
    domain: fields.domain,
    category: fields.category,
    retryable: fields.retryable,
  };
  if (includes(options, "detail")) problem.detail = fields.message;
  if (includes(options, "metadata")) problem.metadata = fields.metadata;
  if (fields.requestId !== undefined) {
    problem.instance = `urn:novita:request:${encodeURIComponent(wellFormed(fields.requestId))}`;
  }
  return problem;
}

/** The media type of problem details. @public */
export const PROBLEM_JSON = "application/problem+json";

/**
 * The error as a problem-details response: status, headers and body, with the
 * same options as `toProblemDetails`. Every header value is valid.
 *
 * @public
 */
export function toProblemResponse(error: NovitaError, options?: ProblemOptions): WireResponse {
  const fields = written(error);
  const problem = problemOf(error, fields, options);
  return {
    status: problem.status,
    headers: commonHeaders(fields, PROBLEM_JSON),
    body: JSON.stringify(problem),
  };
}
