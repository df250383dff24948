// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import { isDocumentedError, isDomainError } from "@novita/errors-core/internal";
import type { BillingError } from "./billing-error.js";
import type { BillingErrorByCode } from "./code-error-classes.js";

/** An error of any documented (or observed) billing code: a union of the per-code classes, discriminated by `code`. @public */
export type KnownBillingError = BillingErrorByCode[keyof BillingErrorByCode];

/**
 * Tells whether `value` is a billing error (from any copy of the
 * packages), or, with a code, an instance of that code's class, narrowing
 * to it. Reads fields only, so it pulls no class into a bundle.
 *
 * @example
 * ```ts
 * if (isBillingError(err, "LIST_BILL_TOO_FAST")) await sleep(err.retryAfterMs ?? 1000);
 * ```
 *
 * @public
 */
export function isBillingError(value: unknown): value is BillingError;
/** With a code: whether `value` is an instance of that code's class, narrowing to it. @public */
export function isBillingError<Code extends keyof BillingErrorByCode>(
  value: unknown,
  code: Code,
): value is BillingErrorByCode[Code];
export function isBillingError(value: unknown, code?: string): boolean {
  return isDomainError(value, "billing", code);
}

/**
 * Tells whether `value` is an error of a documented billing code, narrowing it
 * to `KnownBillingError`, so that a `switch` over its `code` can be checked exhaustively.
 * Errors of codes the platform adds later are not known: handle them after.
 *
 * @example
 * ```ts
 * if (isKnownBillingError(err)) {
 *   switch (err.code) {
 *     case "LIST_BILL_TOO_FAST": …; break;
 *     // … one case per code …
 *     default: { const unhandled: never = err; }
 *   }
 * }
 * ```
 *
 * @public
 */
export function isKnownBillingError(value: unknown): value is KnownBillingError {
  return isDomainError(value, "billing") && isDocumentedError(value);
}
