import type { ErrorCatalogEntry } from "./error-catalog-entry.js";
import type { NovitaError, NovitaErrorDomain } from "./novita-error.js";
import type { NovitaErrorOptions } from "./novita-error-options.js";

/** The constructor of a class of one documented code. @internal */
export interface CodeErrorConstructor<Instance extends NovitaError = NovitaError> {
  new (options?: NovitaErrorOptions): Instance;
  /** The catalog entry of the code the class stands for. */
  readonly entry: ErrorCatalogEntry;
}

/**
 * A class of a domain as the toolkit builds its errors: the domain base
 * (abstract, without a constructor: its instances are built by
 * `adoptDomainError`) or the class of one documented code.
 *
 * @internal
 */
export type DomainErrorClass<Instance extends NovitaError = NovitaError> = (abstract new (
  ...args: never[]
) => Instance) & { readonly entry?: ErrorCatalogEntry };

/**
 * What errors-core needs to know of a domain to turn responses into its
 * classes: its name, its base class and the class of each documented code.
 *
 * @internal
 */
export interface ErrorDomainDefinition<Instance extends NovitaError = NovitaError> {
  /** The domain's name. */
  readonly domain: NovitaErrorDomain;
  /** The domain base class, for undocumented codes and responses without one. */
  readonly Base: DomainErrorClass<Instance>;
  /** The classes of the documented codes. */
  readonly classes: readonly CodeErrorConstructor<Instance>[];
}
