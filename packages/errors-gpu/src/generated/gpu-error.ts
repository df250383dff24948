// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import { type ClientErrorCode, type DomainErrorOptions, NovitaError } from "@novita/errors-core";
import { createDomainBaseError } from "@novita/errors-core/internal";
import type { GpuErrorCode } from "../catalog.js";

// The GPU instance domain among the names NovitaErrorDomain admits (a line comment: the
// interface's documentation is errors-core's).
declare module "@novita/errors-core" {
  interface NovitaErrorDomains {
    gpu: true;
  }
}

/**
 * Thrown when a call to the GPU instance API fails. The base of every
 * gpu error class, really in their prototype chain: a method on its
 * prototype is on every instance. Itself the class of codes the catalog does
 * not document (kept verbatim in `code`, so that old clients keep working as
 * the platform adds codes) and of responses without a code (`HTTP_<status>`).
 * Abstract, without a constructor (so that each per-code class builds as fast
 * as a single class): build one by hand with `createGpuError`.
 *
 * Carries `code`, `status`, `domain` (`"gpu"`), `category`, `retryable`,
 * `retryAfterMs`, `requestId`, `metadata`, `description` and `cause`.
 *
 * @example
 * ```ts
 * if (err instanceof GpuError) console.log(err.code, err.status, err.requestId);
 * ```
 *
 * @public
 */
export abstract class GpuError<
  Code extends string = GpuErrorCode | ClientErrorCode | (string & {}),
> extends NovitaError<Code, "gpu"> {
  /** The domain of every error of this class and its subclasses. */
  static override readonly domain = "gpu";
}

/**
 * Builds a GPU instance error of the domain base by hand, for a server or a mock:
 * a code the catalog does not document, kept verbatim, or none (`HTTP_<status>`),
 * classified by its status. For a documented code, build its class instead
 * (`new SendCodeTooFastError()`): an error of the domain base is never an
 * instance of a per-code class, even with that class's code.
 *
 * @param options - the code (verbatim), status, message, metadata, request id, delay and cause
 *
 * @example
 * ```ts
 * const error = createGpuError({ code: "SOMETHING_NEW", status: 409, message: "not yet documented" });
 * error instanceof GpuError; // true
 * ```
 *
 * @public
 */
export function createGpuError(options?: DomainErrorOptions): GpuError {
  return createDomainBaseError(GpuError, options);
}
