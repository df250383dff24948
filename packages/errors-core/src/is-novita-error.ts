import { NOVITA_ERROR_BRAND } from "./brand.js";
import type { NovitaError } from "./novita-error.js";

/**
 * Tells whether `value` is an error of any Novita domain, built by any copy or
 * version of errors-core loaded in the process (ESM and CJS builds, two
 * installed versions, another realm). A plain `Error` carrying the same fields
 * is not one: identity is the `Symbol.for` brand, never the class name.
 *
 * @example
 * ```ts
 * try {
 *   await callPlatform();
 * } catch (err) {
 *   if (isNovitaError(err)) console.log(err.domain, err.code, err.requestId);
 * }
 * ```
 */
export function isNovitaError(value: unknown): value is NovitaError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [NOVITA_ERROR_BRAND]?: unknown })[NOVITA_ERROR_BRAND] === true
  );
}
