import type { ErrorCatalogEntry } from "./error-catalog-entry.js";
import { NOVITA_ERROR_BRAND } from "./identity.js";
import { NovitaError, type NovitaErrorDomain } from "./novita-error.js";
import type { DomainErrorOptions, NovitaErrorOptions } from "./novita-error-options.js";
import { categoryFromStatus, isErrorStatus, normalizeStatus, retryableFromStatus } from "./status-fallback.js";

const EMPTY: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});

// Class names derived from codes, cached: every error built asks for one.
const names: Record<string, string> = /* @__PURE__ */ Object.create(null);

/** `IMAGE_NO_FACE_DETECTED` → `ImageNoFaceDetectedError`, as users write the class from the code. */
function className(code: string): string {
  // One lookup when cached: this runs on every error built.
  const cached = names[code];
  if (cached !== undefined) return cached;
  const name = `${code.toLowerCase().replace(/(?:^|_)(.)/g, (_match, letter: string) => letter.toUpperCase())}Error`;
  names[code] = name;
  return name;
}

/** What every error gets from the options, whatever its class. */
function setCommonFields(target: Mutable<NovitaError>, options: NovitaErrorOptions | undefined): void {
  // The brand lives on the prototype, set on first use rather than at module
  // top level, so that a bundler can drop the class when it is unused.
  (NovitaError.prototype as unknown as Record<symbol, boolean>)[NOVITA_ERROR_BRAND] ||= true;
  const delay = options?.retryAfterMs ?? -1;
  // The domain is a static of the domain's classes.
  target.domain = (target.constructor as unknown as { domain: NovitaErrorDomain }).domain;
  target.retryAfterMs = delay >= 0 && delay < Infinity ? delay : undefined;
  target.requestId = options?.requestId;
  target.metadata = options?.metadata ?? EMPTY;
  target.headers = options?.headers ?? EMPTY;
}

/**
 * Sets the fields of an error of one documented code. Called by the
 * constructor of each per-code class, right after `super`; the catalog entry
 * and the domain are statics of the class. The name is derived from the code
 * (`IMAGE_NO_FACE_DETECTED` → `ImageNoFaceDetectedError`), so that a bundle of
 * every class holds no second copy of each code.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function initializeCodeError(error: NovitaError, options: NovitaErrorOptions | undefined): void {
  const target = error as Mutable<NovitaError>;
  // The class's catalog entry, a static that subclasses inherit.
  const entry = (error.constructor as unknown as { entry: ErrorCatalogEntry }).entry;
  const code = entry.code;
  const status = options?.status;
  setCommonFields(target, options);
  target.name = className(code);
  target.code = code;
  target.status = isErrorStatus(status) ? status : entry.status;
  target.category = entry.category;
  target.retryable = entry.retryable;
  target.description = entry.description;
}

/**
 * The description of a domain error outside the catalog: an undocumented code,
 * or a response that carried no code.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function describeDomainError(domain: NovitaErrorDomain, options: DomainErrorOptions | undefined): string {
  const code = options?.code;
  return code === undefined || code === ""
    ? `HTTP ${normalizeStatus(options?.status)} from the ${domain} API without a code`
    : `Undocumented ${domain} error code ${code}`;
}

/**
 * Sets the fields of a domain base error: an undocumented code kept verbatim,
 * or `HTTP_<status>` when there is none; category and retryable from the status.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function initializeDomainError(error: NovitaError, options: DomainErrorOptions | undefined): void {
  const target = error as Mutable<NovitaError>;
  setCommonFields(target, options);
  const status = normalizeStatus(options?.status);
  const code = options?.code;
  // The domain base is named by its domain: `llm` → `LlmError`.
  target.name = className(target.domain);
  target.code = code === undefined || code === "" ? `HTTP_${status}` : code;
  target.status = status;
  target.category = categoryFromStatus(status);
  target.retryable = retryableFromStatus(status);
  target.description = describeDomainError(target.domain, options);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
