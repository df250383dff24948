import type { ErrorCategory } from "./error-category.js";
import type { NovitaErrorDomain } from "./error-domain.js";

/**
 * What `JSON.stringify(error)` writes: the platform's wire body plus read-only
 * extras. The same domain's parser turns it back into an equal error.
 *
 * @public
 */
export interface NovitaErrorJSON {
  /** The HTTP status, as the platform writes it. */
  code: number;
  /** The platform's reason; absent when the response carried none. */
  reason?: string | undefined;
  /** The human-readable message. */
  message: string;
  /** The platform's metadata, string values only. */
  metadata: Readonly<Record<string, string>>;
  /** Extra for log readers: the API domain. */
  domain: NovitaErrorDomain;
  /** Extra for log readers: the category. */
  category: ErrorCategory;
  /** Extra for log readers: whether the request may be repeated. */
  retryable: boolean;
  /** Extra for log readers: the request id, when known. */
  requestId?: string | undefined;
  /** Extra for log readers: the delay the response asked for. */
  retryAfterMs?: number | undefined;
}
