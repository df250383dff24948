import { describe, expect, it } from "vitest";
import { BillingError, billingErrorFromResponse, isBillingError, ListBillTooFastError, UnknownError } from "./index.js";

describe("BillingError", () => {
  it("should turn a throttled bill listing into a retryable error with its delay", async () => {
    const response = new Response('{"code":429,"reason":"LIST_BILL_TOO_FAST","message":"slow"}', {
      status: 429,
      headers: { "retry-after": "4" },
    });
    const error = await billingErrorFromResponse(response);
    expect(error).toBeInstanceOf(ListBillTooFastError);
    expect(isBillingError(error, "LIST_BILL_TOO_FAST")).toBe(true);
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(4000);
  });

  it("should give billing's own UNKNOWN its documented description", () => {
    const error = new UnknownError();
    expect(error.description).toBe("Unknown error, please contact us");
    expect(error.category).toBe("unknown");
    expect(error).toBeInstanceOf(BillingError);
  });

  it("should classify a gateway's empty 504 as retryable, without a code", async () => {
    const error = await billingErrorFromResponse(new Response("", { status: 504 }));
    expect(error.code).toBe("HTTP_504");
    expect(error.retryable).toBe(true);
    expect(error).not.toBeInstanceOf(UnknownError);
  });
});
