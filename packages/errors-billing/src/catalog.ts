import { defineCatalog } from "@novita/errors-core/internal";

// The one source of truth for the billing codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README table and the tests derive from this file (pnpm generate).

/** How the docs name this domain's API: "the billing API". */
export const domainLabel = "billing";

/**
 * The billing domain's documented codes as data: a read-only record from
 * code to `{ code, status, description, category, retryable }`, for docs,
 * tooling and tests.
 *
 * @public
 */
export const billingErrorCatalog = /* @__PURE__ */ defineCatalog({
  UNKNOWN: {
    code: "UNKNOWN",
    status: 500,
    description: "Unknown error, please contact us",
    category: "unknown",
    retryable: false,
  },
  LIST_BILL_TOO_FAST: {
    code: "LIST_BILL_TOO_FAST",
    status: 429,
    description: "Requests are too frequent, please try again later",
    category: "rate_limit",
    retryable: true,
  },
  INVALID_PRODUCT_CATEGORY: {
    code: "INVALID_PRODUCT_CATEGORY",
    status: 400,
    description: "Invalid productCategory parameter",
    category: "invalid_request",
    retryable: false,
  },
  INVALID_BILL_CYCLE: {
    code: "INVALID_BILL_CYCLE",
    status: 400,
    description: "Invalid cycle parameter",
    category: "invalid_request",
    retryable: false,
  },
  LIST_BILL_ERROR: {
    code: "LIST_BILL_ERROR",
    status: 500,
    description: "Query error, please contact us",
    category: "server",
    retryable: true,
  },
});

/** The documented billing codes. @public */
export type BillingErrorCode = keyof typeof billingErrorCatalog;
