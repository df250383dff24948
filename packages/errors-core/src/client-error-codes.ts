import { defineCatalog } from "./error-catalog-entry.js";

/**
 * The codes of failures without an answer: the client never got a response,
 * so there is no HTTP status (`status` is `0`, as for Fetch's
 * `Response.error()`) and no platform code. Client-side codes, not the
 * platform's: no domain catalog holds them, every domain gives them (as its
 * domain base error) from `xxxErrorFromThrown`.
 *
 * @example
 * ```ts
 * const error = llmErrorFromThrown(thrown);
 * if (error?.code === "TIMEOUT") console.log(clientErrorCatalog.TIMEOUT.description);
 * ```
 *
 * @public
 */
export const clientErrorCatalog = /* @__PURE__ */ defineCatalog({
  CONNECTION_ERROR: {
    code: "CONNECTION_ERROR",
    status: 0,
    description: "No connection to the API (refused, reset, DNS, TLS)",
    category: "network",
    retryable: true,
  },
  TIMEOUT: {
    code: "TIMEOUT",
    status: 0,
    description: "No answer from the API in time",
    category: "timeout",
    retryable: true,
  },
  ABORTED: {
    code: "ABORTED",
    status: 0,
    description: "Cancelled by the caller",
    category: "cancelled",
    retryable: false,
  },
});

/** A code of a failure without an answer: `CONNECTION_ERROR`, `TIMEOUT` or `ABORTED`. @public */
export type ClientErrorCode = keyof typeof clientErrorCatalog;

/** The entry of a client-side code, or `undefined` for any other string (an own key only). @internal */
export function clientErrorEntry(code: string | undefined): (typeof clientErrorCatalog)[ClientErrorCode] | undefined {
  return code !== undefined && Object.hasOwn(clientErrorCatalog, code)
    ? clientErrorCatalog[code as ClientErrorCode]
    : undefined;
}
