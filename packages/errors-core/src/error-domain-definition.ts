import type { ErrorCatalogEntry } from "./error-catalog-entry.js";
import type { NovitaError, NovitaErrorDomain } from "./novita-error.js";
import type { DomainErrorOptions, NovitaErrorOptions } from "./novita-error-options.js";

/** The constructor of a class of one documented code. */
export interface CodeErrorConstructor<Instance extends NovitaError = NovitaError> {
  new (options?: NovitaErrorOptions): Instance;
  /** The catalog entry of the code the class stands for. */
  readonly entry: ErrorCatalogEntry;
}

/**
 * What errors-core needs to know of a domain to turn responses into its
 * classes: its name, its base class and the class of each documented code.
 */
export interface ErrorDomainDefinition<Instance extends NovitaError = NovitaError> {
  /** The domain's name. */
  readonly domain: NovitaErrorDomain;
  /** The domain base class, for undocumented codes and responses without one. */
  readonly Base: new (
    options?: DomainErrorOptions,
  ) => Instance;
  /** The classes of the documented codes. */
  readonly classes: readonly CodeErrorConstructor<Instance>[];
}

/**
 * The type a per-code class extends: at run time errors-core's own base, so
 * that building an error walks a single constructor; for the type checker, the
 * domain base with the code fixed.
 */
export type CodeErrorBase<Instance extends NovitaError> = abstract new (
  message: string,
  options?: NovitaErrorOptions,
) => Instance;
