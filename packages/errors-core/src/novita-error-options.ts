/** What a caller may set when building an error by hand; every field is optional. @public */
export interface NovitaErrorOptions {
  /** Replaces the documented description as the message. */
  readonly message?: string | undefined;
  /** The HTTP status of the response; defaults to the code's documented status. */
  readonly status?: number | undefined;
  /** The platform's `metadata` for this error: string values only. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  /** The request id the platform gave the failed request. */
  readonly requestId?: string | undefined;
  /** How long to wait before repeating the request, in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  /** Safe response headers to keep (see `pickSafeHeaders`). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The underlying error, kept as the standard `cause`. */
  readonly cause?: unknown;
}

/** Options of a domain base class, which may carry any code, documented or not. @public */
export interface DomainErrorOptions extends NovitaErrorOptions {
  /** The platform's reason, verbatim; `HTTP_<status>` when there is none. */
  readonly code?: string | undefined;
}
