// General HTTP clients (axios, ky 2 and 1, ofetch, fetch), for every domain and every documented code.
import { billingErrorFromResponse } from "@novita/errors-billing";
import { classNameOf } from "@novita/errors-core/internal";
import { gpuErrorFromResponse } from "@novita/errors-gpu";
import { llmErrorFromResponse } from "@novita/errors-llm";
import { mediaErrorFromResponse } from "@novita/errors-media";
import axios from "axios";
import ky from "ky";
import ky1 from "ky-1";
import { ofetch } from "ofetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer, fromThrown } from "./expect-typed.js";
import { catalogs, type Domain, type PlatformServer, startPlatformServer, thrownBy } from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

const fromResponse = {
  media: mediaErrorFromResponse,
  llm: llmErrorFromResponse,
  gpu: gpuErrorFromResponse,
  billing: billingErrorFromResponse,
} as const;

/** Each client's call, as a user writes it: a POST that fails with what the server answers. */
const clients = {
  axios: (url: string, signal?: AbortSignal) => axios.post(url, {}, signal ? { signal } : {}),
  ky: (url: string, signal?: AbortSignal) => ky.post(url, { json: {}, retry: 0, ...(signal ? { signal } : {}) }).json(),
  ofetch: (url: string, signal?: AbortSignal) =>
    ofetch(url, { method: "POST", body: {}, retry: 0, ...(signal ? { signal } : {}) }),
} as const;

const rows = (["media", "llm", "gpu", "billing"] as const).flatMap((domain) =>
  codesOf(domain).map((code) => [domain, code] as const),
);

describe.each(Object.keys(clients) as (keyof typeof clients)[])("%s", (name) => {
  const call = clients[name];

  it.each(rows)("should give the class of %s %s", async (domain: Domain, code: string) => {
    const thrown = await thrownBy(() => call(`${server.url}/code~${domain}~${code}/v3/call`));
    expectDocumented(fromThrown[domain](thrown), domain, code, thrown);
  });

  it("should keep an undocumented code verbatim, and classify HTML, empty and text bodies by status", async () => {
    const undocumented = fromThrown.gpu(await thrownBy(() => call(`${server.url}/undocumented/v1/gpu`)));
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual(["GpuError", "SOMETHING_NEW", 409]);
    const html = fromThrown.media(await thrownBy(() => call(`${server.url}/html/v3/x`)));
    expect([html?.code, html?.message]).toEqual([
      "HTTP_502",
      "HTTP 502: an HTML page from a gateway (502 Bad Gateway)",
    ]);
    const empty = fromThrown.billing(await thrownBy(() => call(`${server.url}/empty/v3/x`)));
    expect([empty?.code, empty?.retryAfterMs, empty?.retryable]).toEqual(["HTTP_503", 1000, true]);
    const text = fromThrown.llm(await thrownBy(() => call(`${server.url}/text/v3/x`)));
    expect([text?.code, text?.message]).toEqual(["HTTP_404", "HTTP 404: 404 page not found"]);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for a deadline, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => call(`${server.closedUrl}/v3/x`));
    expectNoAnswer(fromThrown.media(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() => call(`${server.url}/slow/v3/x`, AbortSignal.timeout(100)));
    expectNoAnswer(fromThrown.media(late), "TIMEOUT", late);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() => call(`${server.url}/slow/v3/x`, controller.signal));
    expectNoAnswer(fromThrown.media(cancelled), "ABORTED", cancelled);
  });
});

describe("each client's own deadline", () => {
  it("should give TIMEOUT for axios's, ky's and ofetch's timeout option", async () => {
    const url = `${server.url}/slow/v3/x`;
    for (const run of [
      () => axios.post(url, {}, { timeout: 100 }),
      () => axios.post(url, {}, { timeout: 100, transitional: { clarifyTimeoutError: true } }),
      () => ky.post(url, { timeout: 100, retry: 0 }),
      () => ofetch(url, { method: "POST", timeout: 100, retry: 0 }),
    ]) {
      const thrown = await thrownBy(run);
      expectNoAnswer(fromThrown.gpu(thrown), "TIMEOUT", thrown);
    }
  });
});

describe("ky 1 (its HTTPError holds the response, body unread)", () => {
  it("should be classified by status from the thrown error, and exactly from its response", async () => {
    const [code, entry] = Object.entries(catalogs.gpu)[0] ?? [];
    const thrown = await thrownBy(() => ky1.post(`${server.url}/code~gpu~${code}/v1/gpu`, { retry: 0 }).json());
    const quick = fromThrown.gpu(thrown);
    expect([quick?.code, quick?.status]).toEqual([`HTTP_${entry?.status}`, entry?.status]);
    expect(quick?.message).toContain("body was not read");
    const exact = await gpuErrorFromResponse((thrown as { response: Response }).response);
    expect([exact.name, exact.code]).toEqual([classNameOf(`${code}`), code]);
  });
});

describe("fetch", () => {
  it.each(rows)("should give the class of %s %s from the Response", async (domain: Domain, code: string) => {
    const response = await fetch(`${server.url}/code~${domain}~${code}/v3/call`, { method: "POST" });
    expectDocumented(await fromResponse[domain](response), domain, code, undefined);
  });

  it("should give CONNECTION_ERROR, not an HTTP 500, for a closed port", async () => {
    const thrown = await thrownBy(() => fetch(`${server.closedUrl}/v3/x`));
    expectNoAnswer(fromThrown.llm(thrown), "CONNECTION_ERROR", thrown);
  });

  it("should classify a Response thrown as it is by status, and leave its body unread", async () => {
    const [code, entry] = Object.entries(catalogs.billing)[0] ?? [];
    const response = await fetch(`${server.url}/code~billing~${code}/v3/x`);
    const error = fromThrown.billing(response);
    expect([error?.code, error?.status, error?.cause]).toEqual([`HTTP_${entry?.status}`, entry?.status, response]);
    expect(response.bodyUsed).toBe(false);
    await response.body?.cancel();
  });
});
