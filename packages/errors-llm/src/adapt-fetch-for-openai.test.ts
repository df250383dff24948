import { describe, expect, it } from "vitest";
import { adaptFetchForOpenAI, type FetchFunction } from "./index.js";

/** A fetch that answers with the given Response, whatever is asked. */
const answering =
  (response: Response): FetchFunction =>
  async () =>
    response;

describe("adaptFetchForOpenAI", () => {
  it("should rewrite a platform error body into the OpenAI shape, keeping status and headers", async () => {
    const original = new Response(
      '{"code":403,"reason":"NOT_ENOUGH_BALANCE","message":"top up","metadata":{"balance":"0"}}',
      {
        status: 403,
        statusText: "Forbidden",
        headers: { "content-type": "application/json", "content-length": "90", "x-request-id": "r-1" },
      },
    );
    const adapted = await adaptFetchForOpenAI(answering(original))("https://example.test/v1/chat/completions");
    expect(adapted.status).toBe(403);
    expect(adapted.statusText).toBe("Forbidden");
    expect(adapted.headers.get("x-request-id")).toBe("r-1");
    expect(adapted.headers.get("content-length")).toBeNull();
    expect(await adapted.json()).toEqual({
      error: { message: "top up", type: null, param: null, code: "NOT_ENOUGH_BALANCE", metadata: { balance: "0" } },
    });
  });

  it("should hand back success responses as they are", async () => {
    const original = new Response('{"ok":true}', { status: 200 });
    expect(await adaptFetchForOpenAI(answering(original))("https://example.test")).toBe(original);
  });

  it("should leave other error bodies untouched: OpenAI-shaped, HTML, or too large to read whole", async () => {
    const bodies = [
      '{"error":{"message":"bad","code":"INVALID_API_KEY"}}',
      "<html><title>502 Bad Gateway</title></html>",
      `{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"${"x".repeat(200)}"}`,
    ];
    for (const body of bodies) {
      const original = new Response(body, { status: 502 });
      const adapted = await adaptFetchForOpenAI(answering(original), { maxBytes: 100 })("https://example.test");
      expect(adapted).toBe(original);
      expect(await adapted.text()).toBe(body);
    }
  });
});
