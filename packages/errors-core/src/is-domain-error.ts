import { matchesError } from "./identity.js";
import type { NovitaError, NovitaErrorDomain } from "./novita-error.js";

/**
 * Tells whether `value` is an error of `domain` and, when `code` is given, an
 * instance of that code's class, with the same answers as `instanceof`: a
 * domain base error that carries a documented code is not an instance of the
 * code's class. Reads fields only, so it pulls no class into a bundle. Never
 * throws, whatever `value` is.
 *
 * @internal
 */
export function isDomainError(value: unknown, domain: NovitaErrorDomain, code?: string): value is NovitaError {
  return matchesError(value, domain, code);
}

/**
 * Tells whether `value` is an instance of the class of a documented code
 * (`RateLimitExceededError`, …), as opposed to a domain base error carrying an
 * undocumented code or none.
 *
 * @internal
 */
export function isDocumentedError(value: unknown): value is NovitaError {
  try {
    const code = (value as { code?: unknown }).code;
    return typeof code === "string" && matchesError(value, undefined, code);
  } catch {
    return false;
  }
}
