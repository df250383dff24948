// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import type { ReadResponseOptions, ResponseLike } from "@novita/errors-core";
import {
  adoptDomainError,
  domainErrorFromResponse,
  type ErrorDomainDefinition,
  prepareDomainError,
} from "@novita/errors-core/internal";
import { BillingError } from "./billing-error.js";
import { billingErrorClasses } from "./code-error-classes.js";

const definition: ErrorDomainDefinition<BillingError> = {
  domain: "billing",
  Base: BillingError,
  classes: billingErrorClasses,
};

/**
 * Turns a failed billing response into its typed error. Never throws:
 * a documented code gives its class; an undocumented code the domain base
 * with the code kept verbatim; an empty, HTML, text or malformed body the
 * domain base classified by status.
 *
 * @param input - `{ status, body, headers }` (body as text, parsed JSON or undefined;
 *   headers as a `Headers` or a plain object), a body or stream event alone, or an
 *   error thrown by an HTTP SDK (the `openai` SDK's `APIError`, axios), kept as `cause`
 *
 * @example
 * ```ts
 * const err = parseBillingError({ status: response.status, body: await response.text(), headers: response.headers });
 * ```
 *
 * @public
 */
export function parseBillingError(input: unknown): BillingError {
  const [Class, options] = prepareDomainError(input, definition);
  if (Class === undefined) return options;
  // Built here, in the function the caller called, since every frame between
  // the caller and the error adds to the cost of capturing the stack; and as
  // a plain Error that then takes its class, whose stack V8 captures faster.
  return adoptDomainError(new Error(options.message, options), Class, options);
}

/**
 * Turns a failed Fetch `Response` of the billing API into its typed error,
 * reading at most a bounded prefix of the body (64 KiB, 1 s by default), then
 * cancelling the rest. Never rejects.
 *
 * @example
 * ```ts
 * if (!response.ok) throw await billingErrorFromResponse(response);
 * ```
 *
 * @public
 */
export function billingErrorFromResponse(response: ResponseLike, options?: ReadResponseOptions): Promise<BillingError> {
  return domainErrorFromResponse(response, definition, options);
}
