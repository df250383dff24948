// General HTTP clients (axios, ky 2 and 1, ofetch, got 16 and 11, superagent, wretch,
// node-fetch 3 and 2, fetch), for every domain and every documented code.
import { billingErrorFromResponse } from "@novita/errors-billing";
import { classNameOf } from "@novita/errors-core/internal";
import { gpuErrorFromResponse } from "@novita/errors-gpu";
import { llmErrorFromResponse } from "@novita/errors-llm";
import { mediaErrorFromResponse } from "@novita/errors-media";
import axios from "axios";
import got from "got";
import got11 from "got-11";
import ky from "ky";
import ky1 from "ky-1";
import nodeFetch from "node-fetch";
import nodeFetch2 from "node-fetch-2";
import { ofetch } from "ofetch";
import superagent from "superagent";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import wretch from "wretch";
import { abortAddon } from "wretch/addons";
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

/** A signal that aborts after `ms`: a cancel of the caller's. */
function cancelAfter(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}

/**
 * Each client's calls, as a user writes them: `call`, a POST that fails with what the server
 * answers; `late`, the same with the client's own 100 ms deadline (an `AbortSignal.timeout` for
 * wretch, which has none of its own that says timeout); `cancel`, cancelled by the caller
 * after 50 ms, the client's own way.
 */
interface Client {
  call(url: string): unknown;
  late(url: string): unknown;
  cancel(url: string): unknown;
}

const clients: Record<string, Client> = {
  axios: {
    call: (url) => axios.post(url, {}),
    late: (url) => axios.post(url, {}, { timeout: 100 }),
    cancel: (url) => axios.post(url, {}, { signal: cancelAfter(50) }),
  },
  ky: {
    call: (url) => ky.post(url, { json: {}, retry: 0 }).json(),
    late: (url) => ky.post(url, { json: {}, retry: 0, timeout: 100 }).json(),
    cancel: (url) => ky.post(url, { json: {}, retry: 0, signal: cancelAfter(50) }).json(),
  },
  ofetch: {
    call: (url) => ofetch(url, { method: "POST", body: {}, retry: 0 }),
    late: (url) => ofetch(url, { method: "POST", body: {}, retry: 0, timeout: 100 }),
    cancel: (url) => ofetch(url, { method: "POST", body: {}, retry: 0, signal: cancelAfter(50) }),
  },
  "got 16": {
    call: (url) => got.post(url, { json: {}, retry: { limit: 0 } }).json(),
    late: (url) => got.post(url, { json: {}, retry: { limit: 0 }, timeout: { request: 100 } }).json(),
    cancel: (url) => got.post(url, { json: {}, retry: { limit: 0 }, signal: cancelAfter(50) }).json(),
  },
  "got 11": {
    call: (url) => got11.post(url, { json: {}, retry: 0 }).json(),
    late: (url) => got11.post(url, { json: {}, retry: 0, timeout: 100 }).json(),
    cancel: (url) => {
      const call = got11.post(url, { json: {}, retry: 0 });
      setTimeout(() => call.cancel(), 50);
      return call;
    },
  },
  superagent: {
    call: (url) => superagent.post(url).send({}),
    late: (url) => superagent.post(url).send({}).timeout(100),
    cancel: (url) => {
      const call = superagent.post(url).send({});
      setTimeout(() => call.abort(), 50);
      return call;
    },
  },
  wretch: {
    call: (url) => wretch(url).post({}).json(),
    late: (url) =>
      wretch(url)
        .options({ signal: AbortSignal.timeout(100) })
        .post({})
        .json(),
    cancel: (url) =>
      wretch(url)
        .options({ signal: cancelAfter(50) })
        .post({})
        .json(),
  },
};

const rows = (["media", "llm", "gpu", "billing"] as const).flatMap((domain) =>
  codesOf(domain).map((code) => [domain, code] as const),
);

describe.each(Object.keys(clients))("%s", (name) => {
  const client = clients[name] as Client;

  it.each(rows)("should give the class of %s %s", async (domain: Domain, code: string) => {
    const thrown = await thrownBy(() => client.call(`${server.url}/code~${domain}~${code}/v3/call`));
    expectDocumented(fromThrown[domain](thrown), domain, code, thrown);
  });

  it("should keep an undocumented code verbatim, and classify HTML, empty and text bodies by status", async () => {
    const undocumented = fromThrown.gpu(await thrownBy(() => client.call(`${server.url}/undocumented/v1/gpu`)));
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual(["GpuError", "SOMETHING_NEW", 409]);
    const html = fromThrown.media(await thrownBy(() => client.call(`${server.url}/html/v3/x`)));
    expect([html?.code, html?.message]).toEqual([
      "HTTP_502",
      "HTTP 502: an HTML page from a gateway (502 Bad Gateway)",
    ]);
    const empty = fromThrown.billing(await thrownBy(() => client.call(`${server.url}/empty/v3/x`)));
    expect([empty?.code, empty?.retryAfterMs, empty?.retryable]).toEqual(["HTTP_503", 1000, true]);
    expect(empty?.message).toMatch(/^HTTP 503\b/);
    const text = fromThrown.llm(await thrownBy(() => client.call(`${server.url}/text/v3/x`)));
    expect([text?.code, text?.message]).toEqual(["HTTP_404", "HTTP 404: 404 page not found"]);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for its deadline, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => client.call(`${server.closedUrl}/v3/x`));
    expectNoAnswer(fromThrown.media(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() => client.late(`${server.url}/slow/v3/x`));
    expectNoAnswer(fromThrown.media(late), "TIMEOUT", late);
    const cancelled = await thrownBy(() => client.cancel(`${server.url}/slow/v3/x`));
    expectNoAnswer(fromThrown.media(cancelled), "ABORTED", cancelled);
  });
});

describe("an AbortSignal.timeout given to the client", () => {
  it("should give TIMEOUT for the clients that keep its reason", async () => {
    const url = `${server.url}/slow/v3/x`;
    for (const run of [
      () => axios.post(url, {}, { signal: AbortSignal.timeout(100) }),
      () => ky.post(url, { retry: 0, signal: AbortSignal.timeout(100) }),
      () => ofetch(url, { method: "POST", retry: 0, signal: AbortSignal.timeout(100) }),
      () => got.post(url, { retry: { limit: 0 }, signal: AbortSignal.timeout(100) }),
      () =>
        wretch(url)
          .options({ signal: AbortSignal.timeout(100) })
          .post({})
          .res(),
      () => fetch(url, { method: "POST", signal: AbortSignal.timeout(100) }),
    ]) {
      const thrown = await thrownBy(run);
      expectNoAnswer(fromThrown.gpu(thrown), "TIMEOUT", thrown);
    }
  });

  it("should give TIMEOUT for the clients that drop it only when the signal is passed along", async () => {
    const url = `${server.url}/slow/v3/x`;
    for (const run of [
      (signal: AbortSignal) => nodeFetch(url, { method: "POST", signal }),
      // @types/node-fetch 2 declares an AbortSignal of its own, at odds with Node's under exactOptionalPropertyTypes.
      (signal: AbortSignal) => nodeFetch2(url, { method: "POST", signal: signal as never }),
    ]) {
      const signal = AbortSignal.timeout(100);
      const thrown = await thrownBy(() => run(signal));
      expectNoAnswer(fromThrown.gpu(thrown), "ABORTED", thrown);
      expectNoAnswer(fromThrown.gpu(thrown, { signal }), "TIMEOUT", thrown);
      // A cancel stays a cancel with its signal passed along.
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const cancelled = await thrownBy(() => run(controller.signal));
      expectNoAnswer(fromThrown.gpu(cancelled, { signal: controller.signal }), "ABORTED", cancelled);
    }
  });
});

describe("the limits of some clients' own deadlines and cancels", () => {
  it("should give ABORTED for wretch's abort addon's own timeout, which aborts without a reason", async () => {
    const thrown = await thrownBy(() =>
      wretch(`${server.url}/slow/v3/x`).addon(abortAddon()).post({}).setTimeout(100).json(),
    );
    expectNoAnswer(fromThrown.llm(thrown), "ABORTED", thrown);
  });

  it("should give ABORTED for a cancel of fetch's", async () => {
    const thrown = await thrownBy(() => fetch(`${server.url}/slow/v3/x`, { signal: cancelAfter(50) }));
    expectNoAnswer(fromThrown.llm(thrown), "ABORTED", thrown);
  });
});

describe("node-fetch 3 and 2 (a failed response resolves: read by xxxErrorFromResponse)", () => {
  it.each(rows)("should give the class of %s %s", async (domain: Domain, code: string) => {
    for (const client of [nodeFetch, nodeFetch2]) {
      const response = await client(`${server.url}/code~${domain}~${code}/v3/call`, { method: "POST" });
      expectDocumented(await fromResponse[domain](response as unknown as Response), domain, code, undefined);
    }
  });

  it("should give CONNECTION_ERROR for a closed port, and TIMEOUT for node-fetch 2's own timeout", async () => {
    for (const client of [nodeFetch, nodeFetch2]) {
      const closed = await thrownBy(() => client(`${server.closedUrl}/v3/x`));
      expectNoAnswer(fromThrown.llm(closed), "CONNECTION_ERROR", closed);
    }
    const late = await thrownBy(() => nodeFetch2(`${server.url}/slow/v3/x`, { timeout: 100 }));
    expectNoAnswer(fromThrown.llm(late), "TIMEOUT", late);
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
