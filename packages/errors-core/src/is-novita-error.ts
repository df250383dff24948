import { matchesError } from "./identity.js";
import type { NovitaError } from "./novita-error.js";

/**
 * Tells whether `value` is an error of any Novita domain, built by any copy or
 * version of errors-core loaded in the process (ESM and CJS builds, two
 * installed versions, another realm). A plain `Error` carrying the same fields
 * is not one: identity is the `Symbol.for` brand, never the class name.
 * Never throws, whatever `value` is.
 *
 * The brand is a claim, not a proof: code in the same process can put it on
 * any object, so this narrows types, it does not vouch for the object. The
 * parsers never hand such an object back as it is: they rebuild it.
 *
 * @example
 * ```ts
 * try {
 *   await callPlatform();
 * } catch (err) {
 *   if (isNovitaError(err)) console.log(err.domain, err.code, err.requestId);
 * }
 * ```
 *
 * @public
 */
export function isNovitaError(value: unknown): value is NovitaError {
  return matchesError(value);
}
