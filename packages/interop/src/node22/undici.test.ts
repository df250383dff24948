// undici 8's `request()` (Node 22 only, as undici 8 declares), with and without its
// `responseError` interceptor. In a file of its own: importing undici 8 installs its
// dispatcher for the process's `fetch`, which would change the other clients' results.

import type { NovitaError } from "@novita/errors-core";
import { Agent, interceptors, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer, fromThrown, parse } from "../expect-typed.js";
import { catalogs, type Domain, type PlatformServer, startPlatformServer, thrownBy } from "../platform-server.js";
import { loadRecipe, writeRecipes } from "../recipes.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

const failing = new Agent().compose(interceptors.responseError());

const rows = (Object.keys(catalogs) as Domain[]).flatMap((domain) =>
  codesOf(domain).map((code) => [domain, code] as const),
);

describe("undici request() with the responseError interceptor", () => {
  it.each(rows)("should give the class of %s %s", async (domain, code) => {
    const thrown = await thrownBy(() =>
      request(`${server.url}/code~${domain}~${code}/v3/x`, { method: "POST", dispatcher: failing }),
    );
    expectDocumented(fromThrown[domain](thrown), domain, code, thrown);
  });

  it("should keep an undocumented code verbatim, and classify HTML, empty and text bodies by status", async () => {
    const run = (scenario: string) =>
      thrownBy(() => request(`${server.url}/${scenario}/v3/x`, { method: "POST", dispatcher: failing }));
    const undocumented = fromThrown.gpu(await run("undocumented"));
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual(["GpuError", "SOMETHING_NEW", 409]);
    // The interceptor keeps JSON and text bodies only: an HTML page reaches the error empty.
    const html = fromThrown.media(await run("html"));
    expect([html?.code, html?.category]).toEqual(["HTTP_502", "unavailable"]);
    const empty = fromThrown.billing(await run("empty"));
    expect([empty?.code, empty?.retryAfterMs, empty?.retryable]).toEqual(["HTTP_503", 1000, true]);
    const text = fromThrown.llm(await run("text"));
    expect([text?.code, text?.message]).toEqual(["HTTP_404", "HTTP 404: 404 page not found"]);
  });
});

describe("undici request() without the interceptor (a failed answer resolves)", () => {
  it.each(rows)("should give the class of %s %s from statusCode, headers and body", async (domain, code) => {
    const { statusCode, headers, body } = await request(`${server.url}/code~${domain}~${code}/v3/x`, {
      method: "POST",
    });
    expect(statusCode).toBeGreaterThanOrEqual(400);
    expectDocumented(parse[domain]({ status: statusCode, headers, body: await body.text() }), domain, code, undefined);
  });
});

describe("undici request() without an answer", () => {
  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for its deadlines, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => request(`${server.closedUrl}/v3/x`));
    expectNoAnswer(fromThrown.gpu(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() => request(`${server.url}/slow/v3/x`, { headersTimeout: 100 }));
    expectNoAnswer(fromThrown.gpu(late), "TIMEOUT", late);
    const signalled = await thrownBy(() => request(`${server.url}/slow/v3/x`, { signal: AbortSignal.timeout(100) }));
    expectNoAnswer(fromThrown.gpu(signalled), "TIMEOUT", signalled);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() => request(`${server.url}/slow/v3/x`, { signal: controller.signal }));
    expectNoAnswer(fromThrown.gpu(cancelled), "ABORTED", cancelled);
  });
});

describe("docs/with-your-client.md's undici recipe", () => {
  it("should throw the typed error, or CONNECTION_ERROR for no answer", async () => {
    const { recipes } = writeRecipes("recipes-node22");
    const { post } = (await loadRecipe(recipes, "clients/undici")) as unknown as {
      post: (url: string, body: unknown) => Promise<unknown>;
    };
    for (const code of codesOf("llm")) {
      const error = (await thrownBy(() => post(`${server.url}/code~llm~${code}/v3/x`, {}))) as NovitaError;
      expectDocumented(error, "llm", code, undefined);
    }
    const closed = (await thrownBy(() => post(`${server.closedUrl}/v3/x`, {}))) as NovitaError;
    expectNoAnswer(closed, "CONNECTION_ERROR", closed.cause);
  });
});
