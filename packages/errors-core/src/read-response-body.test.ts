import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as root from "./index.js";
import * as internal from "./internal.js";

const core = { ...root, ...internal };

import { domainErrorFromResponse, readResponseBody } from "./internal.js";
import { defineTestDomain } from "./test-domain.test-support.js";

const { TestError, RateLimitExceededError, definition } = defineTestDomain(core);

let server: Server;
let base: string;
const openSockets = new Set<import("node:net").Socket>();

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case "/rate-limited":
        response.writeHead(429, { "content-type": "application/json", "retry-after": "1", "x-request-id": "srv-1" });
        response.end('{"code":429,"reason":"RATE_LIMIT_EXCEEDED","message":"slow down","metadata":{"k":"v"}}');
        return;
      case "/endless": {
        // Trickles forever: one byte every 50 ms, never ends.
        response.writeHead(503, { "content-type": "text/plain" });
        const timer = setInterval(() => response.write("x"), 50);
        response.on("close", () => clearInterval(timer));
        return;
      }
      case "/silent":
        // Headers, then nothing at all.
        response.writeHead(504, { "content-type": "application/json" });
        response.flushHeaders();
        return;
      case "/huge": {
        response.writeHead(500, { "content-type": "text/plain" });
        const chunk = Buffer.alloc(64 * 1024, "y");
        let sent = 0;
        const pump = (): void => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) {
              response.once("drain", pump);
              return;
            }
          }
          response.end();
        };
        response.on("close", () => response.removeAllListeners("drain"));
        pump();
        return;
      }
      default:
        response.writeHead(404).end();
    }
  });
  server.on("connection", (socket) => {
    openSockets.add(socket);
    socket.on("close", () => openSockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of openSockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("reading a Response", () => {
  it("should turn a platform error response into its class, with headers", async () => {
    const error = await domainErrorFromResponse(await fetch(`${base}/rate-limited`), definition);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(error.message).toBe("slow down");
    expect(error.retryAfterMs).toBe(1000);
    expect(error.requestId).toBe("srv-1");
    expect({ ...error.metadata }).toEqual({ k: "v" });
    expect(error.headers["content-type"]).toBe("application/json");
  });

  it("should settle on a body that trickles forever, keeping the status", async () => {
    const started = Date.now();
    const error = await domainErrorFromResponse(await fetch(`${base}/endless`), definition, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.status).toBe(503);
    expect(error.code).toBe("HTTP_503");
    expect(error.retryable).toBe(true);
  });

  it("should settle with the default bounds on a body that never comes", async () => {
    const started = Date.now();
    const error = await domainErrorFromResponse(await fetch(`${base}/silent`), definition);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(error.status).toBe(504);
    expect(error.message).toBe("HTTP 504: the response body did not arrive in time");
  });

  it("should read only a bounded prefix of a 50 MB body", async () => {
    const started = Date.now();
    const prefix = await readResponseBody(await fetch(`${base}/huge`), { maxBytes: 1000 });
    expect(prefix.text).toHaveLength(1000);
    expect(prefix.issue).toBe("truncated");
    const error = await domainErrorFromResponse(await fetch(`${base}/huge`), definition);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.status).toBe(500);
    expect(error.message?.length).toBeLessThan(240);
  });

  it("should settle on a body already consumed", async () => {
    const response = await fetch(`${base}/rate-limited`);
    await response.text();
    const error = await domainErrorFromResponse(response, definition);
    expect(error.status).toBe(429);
    expect(error.code).toBe("HTTP_429");
    expect(error.message).toBe("HTTP 429: the response body was already read");
    expect(error.requestId).toBe("srv-1");
  });

  it("should read a Response built in memory, and one without a body", async () => {
    const error = await domainErrorFromResponse(
      new Response('{"reason":"MODEL_NOT_FOUND"}', { status: 404 }),
      definition,
    );
    expect(error.code).toBe("MODEL_NOT_FOUND");
    const empty = await domainErrorFromResponse(new Response(null, { status: 503 }), definition);
    expect(empty.message).toBe("HTTP 503 with an empty body");
  });

  it("should never reject on a broken response object", async () => {
    const broken = {
      status: 502,
      headers: {},
      get body(): never {
        throw new Error("boom");
      },
    };
    const error = await domainErrorFromResponse(broken as never, definition);
    expect(error).toBeInstanceOf(TestError);
    expect(error.status).toBe(502);
  });
});
