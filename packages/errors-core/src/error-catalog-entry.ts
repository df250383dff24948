import type { ErrorCategory } from "./error-category.js";

/** One documented code of a domain, as the domain's catalog holds it. @public */
export interface ErrorCatalogEntry<Code extends string = string> {
  /** The platform's reason string. */
  readonly code: Code;
  /** The HTTP status the platform documents for it. */
  readonly status: number;
  /** The platform's documented description. */
  readonly description: string;
  /** What kind of failure it is, chosen by meaning rather than status. */
  readonly category: ErrorCategory;
  /** Whether the same request may be repeated later without harm. */
  readonly retryable: boolean;
}

/**
 * Declares one documented code of a domain: the object is frozen, and its
 * literal types are kept for the classes and the code unions.
 *
 * @example
 * ```ts
 * export const MODEL_NOT_FOUND = defineCatalogEntry({
 *   code: "MODEL_NOT_FOUND", status: 404, description: "Model not found",
 *   category: "not_found", retryable: false,
 * });
 * ```
 *
 * @internal
 */
export function defineCatalogEntry<const Entry extends ErrorCatalogEntry>(entry: Entry): Entry {
  return Object.freeze(entry);
}

/** Declares a domain's catalog, the record from code to entry; the record and its entries are frozen. @internal */
export function defineCatalog<const Catalog extends Readonly<Record<string, ErrorCatalogEntry>>>(
  catalog: Catalog,
): Catalog {
  for (const entry of Object.values(catalog)) Object.freeze(entry);
  return Object.freeze(catalog);
}
