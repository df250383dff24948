export { BillingError } from "./billing-error.js";
export { type BillingErrorCode, billingErrorCatalog } from "./catalog.js";
export * from "./code-error-classes.js";
export { isBillingError } from "./is-billing-error.js";
export { billingErrorFromResponse, parseBillingError } from "./parse-billing-error.js";
