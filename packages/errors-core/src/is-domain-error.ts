import { isNovitaError } from "./is-novita-error.js";
import type { NovitaError, NovitaErrorDomain } from "./novita-error.js";

/** The class of a documented code carries its catalog entry as a static. */
type CodeClass = { readonly entry?: { readonly code?: unknown } };

/**
 * Tells whether `value` is an error of `domain` and, when `code` is given, an
 * instance of that code's class, with the same answers as `instanceof`: a
 * domain base error that carries a documented code is not an instance of the
 * code's class. Reads fields only, so it pulls no class into a bundle. Never
 * throws, whatever `value` is.
 */
export function isDomainError(value: unknown, domain: NovitaErrorDomain, code?: string): value is NovitaError {
  try {
    // A domain base error that carries a documented code is not that code's class.
    return (
      isNovitaError(value) &&
      value.domain === domain &&
      (code === undefined ||
        (value.code === code && (value.constructor as CodeClass | undefined)?.entry?.code === code))
    );
  } catch {
    // A branded object whose getters throw: not an error of ours.
    return false;
  }
}

/**
 * Tells whether `value` is an instance of the class of a documented code
 * (`RateLimitExceededError`, …), as opposed to a domain base error carrying an
 * undocumented code or none.
 */
export function isDocumentedError(value: unknown): value is NovitaError {
  try {
    // A class without an entry is no documented code's, whatever the value's code.
    return (
      isNovitaError(value) &&
      (value.constructor as CodeClass | undefined)?.entry?.code === value.code &&
      value.code !== undefined
    );
  } catch {
    return false;
  }
}
