// A local server on 127.0.0.1 that answers like the platform, so that each
// real client is driven over a real socket. The answer is chosen by the first
// path segment, `/<scenario>/…`, so that a client's base URL picks it and the
// client appends its own path: `${server.url}/rate-limit/chat/completions`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { billingErrorCatalog } from "@novita/errors-billing";
import type { ErrorCatalogEntry } from "@novita/errors-core";
import { gpuErrorCatalog } from "@novita/errors-gpu";
import { llmErrorCatalog } from "@novita/errors-llm";
import { mediaErrorCatalog } from "@novita/errors-media";

/** The catalogs the answers come from: codes, statuses and descriptions are never typed here. */
export const catalogs = {
  media: mediaErrorCatalog,
  llm: llmErrorCatalog,
  gpu: gpuErrorCatalog,
  billing: billingErrorCatalog,
} as const;

export type Domain = keyof typeof catalogs;

interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: string;
}

/** The platform's own error body for a documented code, as the platform writes it. */
export function platformBody(entry: ErrorCatalogEntry, message = `${entry.description} (local server)`): string {
  return JSON.stringify({ code: entry.status, reason: entry.code, message, metadata: { scenario: entry.code } });
}

/** The request id the server gives a scenario's answers, so tests can check it came through. */
export function requestIdOf(scenario: string): string {
  return `req-${scenario}`;
}

const chatChunk = (content: string) =>
  JSON.stringify({
    id: "c1",
    object: "chat.completion.chunk",
    created: 1,
    model: "m",
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
  });

const chatCompletion = JSON.stringify({
  id: "c1",
  object: "chat.completion",
  created: 1,
  model: "m",
  choices: [{ index: 0, message: { role: "assistant", content: "hi" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

/**
 * The answer of a scenario: `code~<domain>~<CODE>`; `flaky~<domain>~<CODE>~<any>`, that code's
 * error (with a 50 ms `retry-after-ms`) on the first request and a success after; or one of the
 * named bodies below.
 */
function answerOf(scenario: string, hit: number): Answer | "stream-frame" | "stream-event" | "slow" | undefined {
  const headers = { "content-type": "application/json", "x-request-id": requestIdOf(scenario) };
  const [kind, domain, code] = scenario.split("~");
  if (kind === "flaky" && domain !== undefined && code !== undefined) {
    const entry = (catalogs[domain as Domain] as Record<string, ErrorCatalogEntry> | undefined)?.[code];
    if (entry === undefined) return undefined;
    return hit === 1
      ? { status: entry.status, headers: { ...headers, "retry-after-ms": "50" }, body: platformBody(entry) }
      : { status: 200, headers, body: chatCompletion };
  }
  if (kind === "code" && domain !== undefined && code !== undefined) {
    const entry = (catalogs[domain as Domain] as Record<string, ErrorCatalogEntry> | undefined)?.[code];
    if (entry === undefined) return undefined;
    // Retry-After on every answer: only a retryable code's delay matters to a caller.
    return { status: entry.status, headers: { ...headers, "retry-after": "2" }, body: platformBody(entry) };
  }
  switch (scenario) {
    case "undocumented":
      return {
        status: 409,
        headers,
        body: JSON.stringify({ code: 409, reason: "SOMETHING_NEW", message: "a code added later", metadata: {} }),
      };
    case "html":
      return {
        status: 502,
        headers: { ...headers, "content-type": "text/html" },
        body: "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
      };
    case "empty":
      return { status: 503, headers: { "x-request-id": requestIdOf(scenario), "retry-after": "1" }, body: "" };
    case "text":
      return { status: 404, headers: { "content-type": "text/plain" }, body: "404 page not found" };
    case "relay": {
      // OpenRouter relaying the platform: its own OpenAI-shaped body, the platform's as text in metadata.raw.
      const raw = platformBody(llmErrorCatalog.NOT_ENOUGH_BALANCE, "not enough balance");
      const body = {
        error: { message: "Provider returned error", code: 402, metadata: { raw, provider_name: "Novita" } },
      };
      return { status: 402, headers, body: JSON.stringify(body) };
    }
    case "ok":
      return { status: 200, headers, body: chatCompletion };
    case "stream-frame":
    case "stream-event":
    case "slow":
      return scenario;
    default:
      return undefined;
  }
}

function respond(request: IncomingMessage, response: ServerResponse, hits: Map<string, number>): void {
  const scenario = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname.split("/")[1] ?? "");
  const hit = (hits.get(scenario) ?? 0) + 1;
  hits.set(scenario, hit);
  // Drain the request body before answering, as a real server does.
  request.resume();
  request.on("end", () => {
    if (scenario.startsWith("stream-tool~")) {
      // A streamed call of the tool the scenario names, as the OpenAI-compatible endpoint sends it.
      const name = scenario.slice("stream-tool~".length);
      const chunk = (delta: object, finish: string | null) =>
        `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      const call = { index: 0, id: "call_1", type: "function", function: { name, arguments: "{}" } };
      response.writeHead(200, { "content-type": "text/event-stream", "x-request-id": requestIdOf(scenario) });
      response.end(
        `${chunk({ role: "assistant", tool_calls: [call] }, null)}${chunk({}, "tool_calls")}data: [DONE]\n\n`,
      );
      return;
    }
    if (scenario === "responses-stream-frame") {
      // The Responses API's first event, then the platform's error body as a frame.
      const created = {
        type: "response.created",
        sequence_number: 0,
        response: { id: "r1", object: "response", created_at: 1, model: "m", status: "in_progress", output: [] },
      };
      const body = platformBody(llmErrorCatalog.RATE_LIMIT_EXCEEDED, "slow down, mid-stream");
      response.writeHead(200, { "content-type": "text/event-stream", "x-request-id": requestIdOf(scenario) });
      response.write(`event: response.created\ndata: ${JSON.stringify(created)}\n\n`);
      response.end(`data: ${body}\n\n`);
      return;
    }
    if (scenario === "stream-stalls") {
      // One chunk, then nothing until the caller gives up.
      response.writeHead(200, { "content-type": "text/event-stream", "x-request-id": requestIdOf(scenario) });
      response.write(`data: ${chatChunk("he")}\n\n`);
      setTimeout(() => response.end(), 10_000).unref();
      return;
    }
    if (scenario === "echoed-key") {
      // As a platform that quotes the caller's key back in its message.
      const key = `${request.headers.authorization ?? ""}`.replace(/^Bearer\s+/i, "");
      const entry = llmErrorCatalog.INVALID_API_KEY;
      response
        .writeHead(entry.status, { "content-type": "application/json", "x-request-id": requestIdOf(scenario) })
        .end(platformBody(entry, `Incorrect API key provided: ${key}`));
      return;
    }
    const answer = answerOf(scenario, hit);
    if (answer === undefined) {
      response.writeHead(400, { "content-type": "text/plain" }).end(`no scenario ${scenario}`);
    } else if (answer === "slow") {
      // Never in time for a client's deadline; the test's timeout ends it first.
      setTimeout(() => response.writeHead(200).end(chatCompletion), 10_000).unref();
    } else if (answer === "stream-frame" || answer === "stream-event") {
      // A chunk, then the platform's error body as one frame of the stream.
      const body = platformBody(llmErrorCatalog.RATE_LIMIT_EXCEEDED, "slow down, mid-stream");
      response.writeHead(200, { "content-type": "text/event-stream", "x-request-id": requestIdOf(scenario) });
      response.write(`data: ${chatChunk("he")}\n\n`);
      response.end(`${answer === "stream-event" ? "event: error\n" : ""}data: ${body}\n\n`);
    } else {
      response.writeHead(answer.status, answer.headers).end(answer.body);
    }
  });
}

export interface PlatformServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** A URL where nothing listens: a port that was just free. */
  readonly closedUrl: string;
  /** How many requests each scenario got. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startPlatformServer(): Promise<PlatformServer> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => respond(request, response, hits));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    closedUrl: `http://127.0.0.1:${closedPort}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What `run` threw (or rejected with); fails when it did not. */
export async function thrownBy(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (thrown) {
    return thrown;
  }
  throw new Error("expected the call to fail");
}
