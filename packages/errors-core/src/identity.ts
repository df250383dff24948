// Identity: what makes a value one of our errors, in one place. Every guard
// and `Symbol.hasInstance` answer through `matchesError`. No imports: the
// classes depend on this module, never the other way round.

/**
 * The brand every NovitaError carries, shared through the global symbol
 * registry so that every copy of errors-core (ESM and CJS builds, two
 * installed versions, another realm) recognises the others' errors.
 *
 * @public
 */
export const NOVITA_ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for("@novita/errors.NovitaError") as never;

/**
 * The statics our classes carry, which `instanceof` reads: a domain base has
 * its `domain`; the class of one documented code its catalog `entry` (and
 * inherits the domain).
 *
 * @internal
 */
export interface ErrorClassStatics {
  readonly domain?: string;
  readonly entry?: { readonly code: string };
}

/** The fields identity reads on a value that claims to be one of ours. */
interface Claimed {
  readonly [NOVITA_ERROR_BRAND]?: unknown;
  readonly domain?: unknown;
  readonly code?: unknown;
  readonly constructor?: ErrorClassStatics;
}

/**
 * Whether `value` carries the brand, is of `domain` (any, when undefined) and,
 * when `code` is given, is an instance of that code's class: a domain base
 * error carrying a documented code is not. Never throws: a Proxy whose traps
 * throw, a revoked Proxy or a getter that throws is no error of ours.
 */
export function matchesError(value: unknown, domain?: string, code?: string): boolean {
  try {
    return (
      (value as Claimed)[NOVITA_ERROR_BRAND] === true &&
      (domain === undefined || (value as Claimed).domain === domain) &&
      (code === undefined || ((value as Claimed).code === code && (value as Claimed).constructor?.entry?.code === code))
    );
  } catch {
    return false;
  }
}
