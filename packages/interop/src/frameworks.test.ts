// The frameworks built on the openai SDK or the AI SDK: LangChain's ChatOpenAI
// (@langchain/openai), LlamaIndex's OpenAI LLM (@llamaindex/openai, on openai 5),
// and Mastra's agent with its `novita-ai/…` model (on the AI SDK), telemetry off.
import { channel } from "node:diagnostics_channel";
import type { Socket } from "node:net";
import { ChatOpenAI } from "@langchain/openai";
import { OpenAI as LlamaIndexOpenAI } from "@llamaindex/openai";
import { Agent } from "@mastra/core/agent";
import { noopLogger } from "@mastra/core/logger";
import { adaptFetchForOpenAI, LlmError, llmErrorFromThrown, throwLlmStreamErrors } from "@novita/errors-llm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer } from "./expect-typed.js";
import { type PlatformServer, requestIdOf, startPlatformServer, thrownBy } from "./platform-server.js";

// Mastra's telemetry is off (vitest.config.ts); nothing of a test may leave 127.0.0.1.
const peers = new Set<string>();
const onSocket = ({ socket }: { socket: Socket }) => socket.once("connect", () => peers.add(`${socket.remoteAddress}`));
channel("net.client.socket").subscribe(onSocket as (message: unknown) => void);

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(async () => {
  await server.close();
  channel("net.client.socket").unsubscribe(onSocket as (message: unknown) => void);
  expect([...peers]).toEqual(["127.0.0.1"]);
});

const urlOf = (scenario: string) => (scenario === "closed" ? server.closedUrl : `${server.url}/${scenario}`);

/** The typed error a stream gave: the frame's RATE_LIMIT_EXCEEDED, with the events before it passed on. */
function expectFrameError(error: LlmError | undefined, scenario: string): void {
  expect([error?.name, error?.status, error?.message, error?.requestId]).toEqual([
    "RateLimitExceededError",
    429,
    "slow down, mid-stream",
    requestIdOf(scenario),
  ]);
}

describe("LangChain ChatOpenAI", () => {
  const chat = (scenario: string, options: { adapter?: boolean; timeout?: number } = {}) =>
    new ChatOpenAI({
      model: "m",
      apiKey: "sk-test",
      maxRetries: 0,
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      configuration: { baseURL: urlOf(scenario), ...(options.adapter ? { fetch: adaptFetchForOpenAI() } : {}) },
    });

  it.each(codesOf("llm"))("should give the class of %s", async (code) => {
    const thrown = await thrownBy(() => chat(`code~llm~${code}`).invoke("hi"));
    expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for its deadline, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => chat("closed").invoke("hi"));
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() => chat("slow", { timeout: 100 }).invoke("hi"));
    expectNoAnswer(llmErrorFromThrown(late), "TIMEOUT", late);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() => chat("slow").invoke("hi", { signal: controller.signal }));
    expectNoAnswer(llmErrorFromThrown(cancelled), "ABORTED", cancelled);
  });

  it("should give TIMEOUT for an AbortSignal.timeout only with the signal passed along (LangChain drops its reason)", async () => {
    const signal = AbortSignal.timeout(100);
    const late = await thrownBy(() => chat("slow").invoke("hi", { signal }));
    expectNoAnswer(llmErrorFromThrown(late), "ABORTED", late);
    expectNoAnswer(llmErrorFromThrown(late, { signal }), "TIMEOUT", late);
  });

  it("should drop a stream's error frame without the adapter, and throw its typed error with it", async () => {
    const dropped: unknown[] = [];
    for await (const chunk of await chat("stream-frame").stream("hi")) dropped.push(chunk.content);
    expect(dropped, "the stream just ends").toEqual(["he"]);
    // An `event: error` is thrown by its openai 7, adapter or not.
    const event = await thrownBy(async () => {
      for await (const _ of await chat("stream-event").stream("hi")) {
        // Read to the end.
      }
    });
    expect(llmErrorFromThrown(event)?.code).toBe("RATE_LIMIT_EXCEEDED");
    for (const scenario of ["stream-frame", "stream-event"]) {
      const seen: unknown[] = [];
      const thrown = await thrownBy(async () => {
        for await (const chunk of await chat(scenario, { adapter: true }).stream("hi")) seen.push(chunk.content);
      });
      expect(seen).toEqual(["he"]);
      expectFrameError(llmErrorFromThrown(thrown), scenario);
    }
  });
});

describe("LlamaIndex's OpenAI LLM", () => {
  const llm = (scenario: string, adapter = true) =>
    new LlamaIndexOpenAI({
      model: "gpt-4o",
      apiKey: "sk-test",
      maxRetries: 0,
      baseURL: urlOf(scenario),
      ...(adapter ? { additionalSessionOptions: { fetch: adaptFetchForOpenAI() } } : {}),
    });
  const messages = [{ role: "user" as const, content: "hi" }];

  it.each(codesOf("llm"))(
    "should give the class of %s, with the adapter (its openai 5 drops the body)",
    async (code) => {
      const thrown = await thrownBy(() => llm(`code~llm~${code}`).chat({ messages }));
      expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
    },
  );

  it("should classify by status, with request id and Retry-After, without the adapter", async () => {
    const thrown = await thrownBy(() => llm("code~llm~RATE_LIMIT_EXCEEDED", false).chat({ messages }));
    const error = llmErrorFromThrown(thrown);
    expect([error?.code, error?.retryAfterMs, error?.requestId]).toEqual([
      "HTTP_429",
      2000,
      requestIdOf("code~llm~RATE_LIMIT_EXCEEDED"),
    ]);
  });

  it("should give CONNECTION_ERROR for a closed port", async () => {
    const closed = await thrownBy(() => llm("closed").chat({ messages }));
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
  });

  it("should drop a stream's error frame without the adapter, and throw its typed error with it", async () => {
    for (const scenario of ["stream-frame", "stream-event"]) {
      const dropped: string[] = [];
      for await (const chunk of await llm(scenario, false).chat({ messages, stream: true })) dropped.push(chunk.delta);
      expect(dropped, `${scenario}: the stream just ends`).toEqual(["he"]);
      const seen: string[] = [];
      const thrown = await thrownBy(async () => {
        for await (const chunk of await llm(scenario).chat({ messages, stream: true })) seen.push(chunk.delta);
      });
      expect(seen).toEqual(["he"]);
      expectFrameError(llmErrorFromThrown(thrown), scenario);
    }
  });
});

describe("Mastra's agent with its novita-ai model", () => {
  const agent = (scenario: string) => {
    const made = new Agent({
      id: "support",
      name: "support",
      instructions: "Answer briefly.",
      model: { id: "novita-ai/baichuan/baichuan-m2-32b", url: urlOf(scenario), apiKey: "sk-test" },
    });
    // Its failures are the tests' business, not its console's.
    made.__setLogger(noopLogger);
    return made;
  };
  const settings = { modelSettings: { maxRetries: 0 } };

  it.each(codesOf("llm"))("should give the class of %s from generate()", async (code) => {
    const thrown = await thrownBy(() => agent(`code~llm~${code}`).generate("hi", settings));
    expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
  });

  it("should give the typed error of fullStream's error part, for a failed call and for an error frame", async () => {
    const failed = await agent("code~llm~SERVICE_NOT_AVAILABLE").stream("hi", settings);
    const thrown = await thrownBy(async () => {
      for await (const part of throwLlmStreamErrors(failed.fullStream)) void part;
    });
    expect([(thrown as LlmError).name, (thrown as LlmError).code]).toEqual([
      "ServiceNotAvailableError",
      "SERVICE_NOT_AVAILABLE",
    ]);
    const framed = await agent("stream-frame").stream("hi", settings);
    const types: string[] = [];
    const fromFrame = await thrownBy(async () => {
      for await (const part of throwLlmStreamErrors(framed.fullStream)) types.push(part.type);
    });
    expect(types).toContain("text-delta");
    expect(fromFrame).toBeInstanceOf(LlmError);
    expect([(fromFrame as LlmError).name, (fromFrame as LlmError).status]).toEqual(["RateLimitExceededError", 429]);
  });

  it("should give CONNECTION_ERROR for a closed port", async () => {
    const closed = await thrownBy(() => agent("closed").generate("hi", settings));
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
  });
});
