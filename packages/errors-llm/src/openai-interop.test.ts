import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adaptFetchForOpenAI,
  InvalidApiKeyError,
  isLlmError,
  LlmError,
  llmErrorFromThrown,
  NotEnoughBalanceError,
  RateLimitExceededError,
  ServiceNotAvailableError,
} from "./index.js";

// A local server that answers like the platform's OpenAI-compatible endpoint.
let server: Server;
let baseURL: string;
const hits = new Map<string, number>();

const completion = {
  id: "c1",
  object: "chat.completion",
  created: 1,
  model: "m",
  choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: "hi" } }],
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const scenario = request.headers["x-scenario"] as string;
    hits.set(scenario, (hits.get(scenario) ?? 0) + 1);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json", "x-request-id": `req-${scenario}`, ...headers });
      response.end(JSON.stringify(body));
    };
    switch (scenario) {
      case "platform-429":
        return json(
          429,
          { code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "Too many requests", metadata: { limit: "60/min" } },
          { "retry-after-ms": "5" },
        );
      case "platform-403-balance":
        return json(403, { code: 403, reason: "NOT_ENOUGH_BALANCE", message: "top up", metadata: { balance: "0" } });
      case "openai-shaped":
        return json(403, {
          error: { message: "bad key", type: "invalid_request_error", code: "INVALID_API_KEY", param: null },
        });
      case "html-502":
        response.writeHead(502, { "content-type": "text/html" });
        return response.end("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
      case "retry-then-ok":
        if ((hits.get(scenario) ?? 0) === 1) {
          return json(429, { code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "wait" }, { "retry-after-ms": "10" });
        }
        return json(200, completion);
      case "stream":
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.write(
          `data: ${JSON.stringify({ id: "s", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { content: "he" }, finish_reason: null }] })}\n\n`,
        );
        response.write(
          `data: ${JSON.stringify({ error: { message: "overloaded", type: "server_error", code: "SERVICE_NOT_AVAILABLE" } })}\n\n`,
        );
        return response.end();
      default:
        return json(200, completion);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client(adapted: boolean, maxRetries = 0): OpenAI {
  return new OpenAI({ baseURL, apiKey: "sk-test", maxRetries, ...(adapted ? { fetch: adaptFetchForOpenAI() } : {}) });
}

async function thrownBy(openai: OpenAI, scenario: string): Promise<unknown> {
  try {
    await openai.chat.completions.create(
      { model: "m", messages: [{ role: "user", content: "hi" }] },
      { headers: { "x-scenario": scenario } },
    );
  } catch (thrown) {
    return thrown;
  }
  throw new Error("expected the call to fail");
}

/** What the catch caught, as an LLM error; failing the test when it is not read as one. */
function fromThrown(thrown: unknown): LlmError {
  const error = llmErrorFromThrown(thrown);
  if (error === undefined) throw new Error(`not read as an LLM error: ${String(thrown)}`);
  return error;
}

describe("the openai SDK pointed at the platform", () => {
  it("should lose the platform's reason without the adapter, keeping status and request id", async () => {
    const thrown = await thrownBy(client(false), "platform-429");
    expect(thrown).toBeInstanceOf(OpenAI.RateLimitError);
    expect((thrown as Error).message).toBe("429 status code (no body)");
    const error = fromThrown(thrown);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).not.toBeInstanceOf(RateLimitExceededError);
    expect(error.code).toBe("HTTP_429");
    expect(error.retryable).toBe(true);
    expect(error.requestId).toBe("req-platform-429");
    expect(error.cause).toBe(thrown);
  });

  it("should recover the exact code, message and metadata with the adapter", async () => {
    const thrown = await thrownBy(client(true), "platform-429");
    expect(thrown).toBeInstanceOf(OpenAI.RateLimitError);
    const error = fromThrown(thrown);
    expect(error).toBeInstanceOf(RateLimitExceededError);
    expect(isLlmError(error, "RATE_LIMIT_EXCEEDED")).toBe(true);
    expect(error.message).toBe("Too many requests");
    expect({ ...error.metadata }).toEqual({ limit: "60/min" });
    expect(error.retryAfterMs).toBe(5);
    expect(error.requestId).toBe("req-platform-429");
    expect(error.cause).toBe(thrown);
  });

  it("should classify by code, not status: NOT_ENOUGH_BALANCE answered with 403", async () => {
    const thrown = await thrownBy(client(true), "platform-403-balance");
    expect(thrown).toBeInstanceOf(OpenAI.PermissionDeniedError);
    const error = fromThrown(thrown);
    expect(error).toBeInstanceOf(NotEnoughBalanceError);
    expect(error.category).toBe("insufficient_balance");
    expect(error.metadata.balance).toBe("0");
  });

  it("should read an OpenAI-shaped body with or without the adapter", async () => {
    for (const adapted of [false, true]) {
      const error = fromThrown(await thrownBy(client(adapted), "openai-shaped"));
      expect(error).toBeInstanceOf(InvalidApiKeyError);
      expect(error.message).toBe("bad key");
      expect(error.metadata.type).toBe("invalid_request_error");
    }
  });

  it("should classify a gateway's HTML page by status, with a short message", async () => {
    const error = fromThrown(await thrownBy(client(true), "html-502"));
    expect(error.code).toBe("HTTP_502");
    expect(error.category).toBe("unavailable");
    expect(error.message).toBe("HTTP 502: an HTML page from a gateway (502 Bad Gateway)");
  });

  it("should keep the SDK's own retries working", async () => {
    hits.delete("retry-then-ok");
    const result = await client(true, 2).chat.completions.create(
      { model: "m", messages: [{ role: "user", content: "hi" }] },
      { headers: { "x-scenario": "retry-then-ok" } },
    );
    expect(result.choices[0]?.message.content).toBe("hi");
    expect(hits.get("retry-then-ok")).toBe(2);
  });

  it("should pass success responses and streams through, and read an error event of a stream", async () => {
    const ok = await client(true).chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(ok.choices[0]?.message.content).toBe("hi");
    const stream = await client(true).chat.completions.create(
      { model: "m", messages: [{ role: "user", content: "hi" }], stream: true },
      { headers: { "x-scenario": "stream" } },
    );
    const seen: string[] = [];
    let thrown: unknown;
    try {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? "");
    } catch (error) {
      thrown = error;
    }
    expect(seen).toEqual(["he"]);
    const error = fromThrown(thrown);
    expect(error).toBeInstanceOf(ServiceNotAvailableError);
    expect(error.status).toBe(503);
    expect(error.message).toBe("overloaded");
  });
});
