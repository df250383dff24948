import type { ErrorCatalogEntry } from "./error-catalog-entry.js";
import type { ErrorCategory } from "./error-category.js";
import type { NovitaErrorDomain } from "./error-domain.js";
import { matchesError } from "./identity.js";
import type { NovitaErrorJSON } from "./novita-error-json.js";

export type { NovitaErrorDomain, NovitaErrorDomains } from "./error-domain.js";

// What JSON.stringify writes, in this order: the error as it is in memory (never the stack, the cause or headers).
const JSON_FIELDS = [
  "name",
  "code",
  "status",
  "message",
  "domain",
  "category",
  "retryable",
  "retryAfterMs",
  "requestId",
  "metadata",
] as const;

/**
 * The base of every error of the Novita AI platform APIs. Thrown (through its
 * domain subclasses) when a platform call fails; carries the platform's
 * `code`, the HTTP `status`, the `domain`, a `category`, whether it is
 * `retryable`, the `retryAfterMs` delay, the `requestId`, the `metadata`, the
 * documented `description`, and the standard `cause`.
 *
 * It is abstract: build the domain classes (`LlmError`, `RateLimitExceededError`, …).
 * `instanceof` answers by brand, domain and code, so it gives the same answer
 * for errors built by another copy or version of the packages.
 *
 * @public
 */
export abstract class NovitaError<
  Code extends string = string,
  Domain extends NovitaErrorDomain = NovitaErrorDomain,
> extends Error {
  // No constructor here on purpose: V8 then skips this class when it builds an
  // error, which keeps the stack capture as cheap as for one level of class.

  /** The platform's reason, verbatim; `HTTP_<status>` when the response carried none. */
  declare readonly code: Code;
  /** The HTTP status of the response; the documented status when built by hand. */
  declare readonly status: number;
  /** The API domain that answered. */
  declare readonly domain: Domain;
  /** What kind of failure this is, across domains. */
  declare readonly category: ErrorCategory;
  /** Whether the same request may be repeated later without harm. */
  declare readonly retryable: boolean;
  /** How long to wait before repeating, in milliseconds, when the response said. */
  declare readonly retryAfterMs: number | undefined;
  /** The request id the platform gave the failed request, when known. */
  declare readonly requestId: string | undefined;
  /** The platform's metadata for this error (string values only); empty when none. */
  declare readonly metadata: Readonly<Record<string, string>>;
  /** The documented description of the code; a generic text for undocumented codes. */
  declare readonly description: string;
  /** Safe response headers kept from the response (an allowlist; never credentials). */
  declare readonly headers: Readonly<Record<string, string>>;
  /** What `retry`'s `onRetry` hook threw while handling this error, if it did. */
  declare readonly suppressed?: unknown;

  /** The domain of the class's errors: a static of each domain base, inherited by its per-code classes. */
  declare static readonly domain?: NovitaErrorDomain;
  /** The catalog entry of the one documented code a per-code class stands for. */
  declare static readonly entry?: ErrorCatalogEntry;

  /**
   * Answers `instanceof` by brand, domain and code rather than by prototype,
   * so errors from another copy of the packages (ESM next to CJS, two versions)
   * are recognised, while look-alikes are not. Never throws.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Our classes carry their domain (a domain base) or their entry (one code's
    // class) as own statics, and NovitaError matches every domain; a user's own
    // subclass gets the ordinary prototype check, which a Proxy may make throw.
    try {
      return this === NovitaError || Object.hasOwn(this, "domain") || Object.hasOwn(this, "entry")
        ? matchesError(value, this.domain, this.entry?.code)
        : super[Symbol.hasInstance](value);
    } catch {
      return false;
    }
  }

  /**
   * One line for logs and `String(err)`: the name and message, then the code,
   * the status and the request id, so a log line says what to look up. The
   * message itself is left as it is.
   *
   * @example
   * ```ts
   * String(err); // "RateLimitExceededError: slow down [RATE_LIMIT_EXCEEDED, status 429, request req-1]"
   * ```
   */
  override toString(): string {
    const request = this.requestId === undefined ? "" : `, request ${this.requestId}`;
    return `${this.name}: ${this.message} [${this.code}, status ${this.status}${request}]`;
  }

  /**
   * The error as it is in memory, for logs and error trackers: `name`, `code`
   * (the string), `status`, `message`, `domain`, `category`, `retryable`,
   * `retryAfterMs`, `requestId`, `metadata`. Never the stack, the cause, raw
   * bodies or headers. The platform's wire body is `toPlatformBody(error)`.
   */
  toJSON(): NovitaErrorJSON {
    const json: Partial<Record<(typeof JSON_FIELDS)[number], unknown>> = {};
    for (const key of JSON_FIELDS) json[key] = this[key];
    return json as NovitaErrorJSON;
  }
}
