// The names of the domains: a module of its own, imported by the classes and
// by the shapes they write, so that neither imports the other.

/**
 * The domains of the platform's APIs, each with its own package; open to
 * extension, as a new domain package declares itself:
 *
 * ```ts
 * declare module "@novita/errors-core" {
 *   interface NovitaErrorDomains { sandbox: true }
 * }
 * ```
 *
 * @public
 */
export interface NovitaErrorDomains {
  media: true;
  llm: true;
  gpu: true;
  billing: true;
}

/** The name of a domain: `"media" | "llm" | "gpu" | "billing"`, and any a domain package declares. @public */
export type NovitaErrorDomain = keyof NovitaErrorDomains & string;
