import type { ErrorCategory } from "./error-category.js";
import type { NovitaErrorDomain } from "./error-domain.js";

/**
 * What `JSON.stringify(error)` writes: the error as it is in memory, for logs
 * and error trackers (`code` is the string `err.code` holds, never the HTTP
 * status). The same domain's parser turns it back into an equal error. The
 * platform's own wire body is `toPlatformBody(error)`.
 *
 * @public
 */
export interface NovitaErrorJSON {
  /** The class name: `RateLimitExceededError`, `LlmError`. */
  name: string;
  /** The platform's reason, verbatim; `HTTP_<status>`, or a client-side code. */
  code: string;
  /** The HTTP status; `0` for a failure without an answer. */
  status: number;
  /** The human-readable message. */
  message: string;
  /** The API domain. */
  domain: NovitaErrorDomain;
  /** What kind of failure it is. */
  category: ErrorCategory;
  /** Whether the request may be repeated. */
  retryable: boolean;
  /** The delay the response asked for, in milliseconds; absent when it said none. */
  retryAfterMs?: number | undefined;
  /** The request id, when known. */
  requestId?: string | undefined;
  /** The platform's metadata, string values only. */
  metadata: Readonly<Record<string, string>>;
}
