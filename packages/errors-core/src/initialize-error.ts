import { NOVITA_ERROR_BRAND } from "./brand.js";
import type { ErrorCatalogEntry } from "./error-catalog-entry.js";
import { errorClassName } from "./error-class-name.js";
import { NovitaError, type NovitaErrorDomain } from "./novita-error.js";
import type { DomainErrorOptions, NovitaErrorOptions } from "./novita-error-options.js";
import { categoryFromStatus, normalizeStatus, retryableFromStatus } from "./status-fallback.js";

const EMPTY: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});

let branded = false;

// The brand lives on the prototype, installed on first use rather than at
// module top level, so that a bundler can drop the class when it is unused.
function brandPrototype(): void {
  branded = true;
  Object.defineProperty(NovitaError.prototype, NOVITA_ERROR_BRAND, { value: true });
}

function validDelay(value: number | undefined): number | undefined {
  return typeof value === "number" && value >= 0 && value < Infinity ? value : undefined;
}

/**
 * Sets the fields of an error of one documented code. Called by the
 * constructor of each per-code class, right after `super`.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 */
export function initializeCodeError(
  error: NovitaError,
  entry: ErrorCatalogEntry,
  options: NovitaErrorOptions | undefined,
): void {
  if (!branded) brandPrototype();
  const target = error as Mutable<NovitaError>;
  target.name = errorClassName(entry.code);
  target.code = entry.code;
  // The domain is a static of the domain's code base class, inherited by each class.
  target.domain = (error.constructor as unknown as { domain: NovitaErrorDomain }).domain;
  target.status = normalizeStatus(options?.status, entry.status);
  target.category = entry.category;
  target.retryable = entry.retryable;
  target.retryAfterMs = validDelay(options?.retryAfterMs);
  target.requestId = options?.requestId;
  target.metadata = options?.metadata ?? EMPTY;
  target.description = entry.description;
  target.headers = options?.headers ?? EMPTY;
}

/**
 * The description of a domain error outside the catalog: an undocumented code,
 * or a response that carried no code.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 */
export function describeDomainError(domain: NovitaErrorDomain, options: DomainErrorOptions | undefined): string {
  const status = normalizeStatus(options?.status);
  const code = options?.code;
  return code === undefined || code === ""
    ? `HTTP ${status} from the ${domain} API, without an error code`
    : `Undocumented ${domain} error code ${code}`;
}

/**
 * Sets the fields of a domain base error: an undocumented code kept verbatim,
 * or `HTTP_<status>` when there is none; category and retryable from the status.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 */
export function initializeDomainError(
  error: NovitaError,
  domain: NovitaErrorDomain,
  name: string,
  options: DomainErrorOptions | undefined,
): void {
  if (!branded) brandPrototype();
  const target = error as Mutable<NovitaError>;
  const status = normalizeStatus(options?.status);
  const code = options?.code;
  target.name = name;
  target.code = code === undefined || code === "" ? `HTTP_${status}` : code;
  target.domain = domain;
  target.status = status;
  target.category = categoryFromStatus(status);
  target.retryable = retryableFromStatus(status);
  target.retryAfterMs = validDelay(options?.retryAfterMs);
  target.requestId = options?.requestId;
  target.metadata = options?.metadata ?? EMPTY;
  target.description = describeDomainError(domain, options);
  target.headers = options?.headers ?? EMPTY;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
