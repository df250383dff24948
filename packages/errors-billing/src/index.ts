// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
/**
 * Typed errors of the Novita AI platform APIs: see the package README.
 *
 * @packageDocumentation
 * @module @novita/errors-billing
 */
export { type BillingErrorCode, billingErrorCatalog } from "./catalog.js";
export { BillingError, createBillingError } from "./generated/billing-error.js";
export * from "./generated/code-error-classes.js";
export { isBillingError, isKnownBillingError, type KnownBillingError } from "./generated/is-billing-error.js";
export {
  billingErrorFromResponse,
  billingErrorFromThrown,
  parseBillingError,
} from "./generated/parse-billing-error.js";
