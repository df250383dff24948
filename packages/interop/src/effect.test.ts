// Effect 3 with @effect/platform's HttpClient (its fetch client), as users run it: `runPromise`
// rejects with a FiberFailure that holds what failed.
import { FetchHttpClient, HttpClient, HttpClientRequest } from "@effect/platform";

import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer, fromThrown, parse } from "./expect-typed.js";
import {
  catalogs,
  type Domain,
  type PlatformServer,
  requestIdOf,
  startPlatformServer,
  thrownBy,
} from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

/** A POST that fails on a status that is not 2xx, with `HttpClient.filterStatusOk`. */
const post = (url: string) =>
  Effect.gen(function* () {
    const client = (yield* HttpClient.HttpClient).pipe(HttpClient.filterStatusOk);
    const response = yield* client.execute(HttpClientRequest.post(url));
    return yield* response.json;
  }).pipe(Effect.provide(FetchHttpClient.layer));

/** The same, with the body of a `ResponseError` read and parsed by the domain: the README's one line. */
const postExactly = (url: string, domain: Domain) =>
  post(url).pipe(
    Effect.catchTag("ResponseError", (error) =>
      Effect.flatMap(error.response.text, (body) =>
        Effect.fail(parse[domain]({ status: error.response.status, headers: error.response.headers, body })),
      ),
    ),
  );

const rows = (Object.keys(catalogs) as Domain[]).flatMap((domain) =>
  codesOf(domain).map((code) => [domain, code] as const),
);

describe("Effect HttpClient", () => {
  it.each(rows)("should give the class of %s %s with the body read", async (domain, code) => {
    const thrown = await thrownBy(() =>
      Effect.runPromise(postExactly(`${server.url}/code~${domain}~${code}/v3/x`, domain)),
    );
    const error = fromThrown[domain](thrown);
    // The typed error the Effect failed with, as it is.
    expectDocumented(error, domain, code, undefined);
  });

  it.each(rows)(
    "should classify %s %s by status, with request id and Retry-After, from the ResponseError alone",
    async (domain, code) => {
      const thrown = await thrownBy(() => Effect.runPromise(post(`${server.url}/code~${domain}~${code}/v3/x`)));
      const entry = (catalogs[domain] as Record<string, { status: number }>)[code];
      const error = fromThrown[domain](thrown);
      expect([error?.code, error?.status, error?.requestId, error?.retryAfterMs, error?.cause]).toEqual([
        `HTTP_${entry?.status}`,
        entry?.status,
        requestIdOf(`code~${domain}~${code}`),
        2000,
        thrown,
      ]);
      expect(error?.message).toContain("the response body was not read");
    },
  );

  it("should keep an undocumented code verbatim, and classify HTML, empty and text bodies by status", async () => {
    const run = (scenario: string, domain: Domain) =>
      thrownBy(() => Effect.runPromise(postExactly(`${server.url}/${scenario}/v3/x`, domain)));
    const undocumented = fromThrown.gpu(await run("undocumented", "gpu"));
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual(["GpuError", "SOMETHING_NEW", 409]);
    const html = fromThrown.media(await run("html", "media"));
    expect([html?.code, html?.message]).toEqual([
      "HTTP_502",
      "HTTP 502: an HTML page from a gateway (502 Bad Gateway)",
    ]);
    const empty = fromThrown.billing(await run("empty", "billing"));
    expect([empty?.code, empty?.retryAfterMs, empty?.retryable]).toEqual(["HTTP_503", 1000, true]);
    const text = fromThrown.llm(await run("text", "llm"));
    expect([text?.code, text?.message]).toEqual(["HTTP_404", "HTTP 404: 404 page not found"]);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for Effect.timeout, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => Effect.runPromise(post(`${server.closedUrl}/v3/x`)));
    expectNoAnswer(fromThrown.llm(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() =>
      Effect.runPromise(post(`${server.url}/slow/v3/x`).pipe(Effect.timeout("100 millis"))),
    );
    expectNoAnswer(fromThrown.llm(late), "TIMEOUT", late);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() =>
      Effect.runPromise(post(`${server.url}/slow/v3/x`), { signal: controller.signal }),
    );
    expectNoAnswer(fromThrown.llm(cancelled), "ABORTED", cancelled);
  });

  it("should give undefined for a failure of the caller's own", async () => {
    const thrown = await thrownBy(() => Effect.runPromise(Effect.fail(new Error("a bug of mine"))));
    expect(fromThrown.llm(thrown)).toBeUndefined();
    const died = await thrownBy(() => Effect.runPromise(Effect.die(new TypeError("x is undefined"))));
    expect(fromThrown.llm(died)).toBeUndefined();
  });
});
