// The caller's own HTTP-shaped errors (a server's http-errors, Koa's ctx.throw, Fastify's,
// h3's, Hono's) are no failure of a call to the platform: every domain gives `undefined`,
// so that the caller rethrows them as they are.
import createFastifyError from "@fastify/error";
import { HTTPError as H3Error } from "h3";
import { HTTPException } from "hono/http-exception";
import createError from "http-errors";
import { describe, expect, it } from "vitest";
import { fromThrown } from "./expect-typed.js";
import type { Domain } from "./platform-server.js";

const TooMany = createFastifyError("FST_TOO_MANY", "too many %s", 429);

const ownErrors: [string, unknown][] = [
  ["http-errors 400", createError(400, "bad input")],
  ["http-errors 429", createError(429)],
  ["http-errors 503", createError(503)],
  ["http-errors 504 (GatewayTimeoutError)", createError(504)],
  ["http-errors 502 with headers", createError(502, "upstream", { headers: { "retry-after": "1" } })],
  ["Fastify's @fastify/error 429", new TooMany("calls")],
  [
    "h3 HTTPError 429 with data",
    new H3Error({ status: 429, message: "slow", data: { reason: "RATE_LIMIT_EXCEEDED" } }),
  ],
  ["Hono HTTPException 503", new HTTPException(503, { message: "down" })],
  ["Hono HTTPException 429 with a Response", new HTTPException(429, { res: new Response("{}", { status: 429 }) })],
  ["an http-errors error wrapped as a cause", new Error("handler failed", { cause: createError(500) })],
];

describe.each(ownErrors)("%s", (_, error) => {
  it("should give undefined in every domain", () => {
    for (const domain of Object.keys(fromThrown) as Domain[]) {
      expect(fromThrown[domain](error), domain).toBeUndefined();
      expect(fromThrown[domain](error, { signal: AbortSignal.abort() }), domain).toBeUndefined();
    }
  });
});
