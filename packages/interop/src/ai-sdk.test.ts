// The Vercel AI SDK (`ai` + `@ai-sdk/openai-compatible`, 7 and 6; `@ai-sdk/openai` with ai 7), pointed at the local platform.
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { createOpenAICompatible as createOpenAICompatible2 } from "@ai-sdk/openai-compatible-2";
import { LlmError, llmErrorFromThrown, throwLlmStreamErrors } from "@novita/errors-llm";
import { APICallError, generateText, RetryError, streamText } from "ai";
import { generateText as generateText6, streamText as streamText6 } from "ai-6";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer } from "./expect-typed.js";
import { type PlatformServer, startPlatformServer, thrownBy } from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

// Both majors, driven through the same calls (their option and result types differ only in details).
const majors = {
  7: { generate: generateText, stream: streamText, provider: createOpenAICompatible },
  6: {
    generate: generateText6 as unknown as typeof generateText,
    stream: streamText6 as unknown as typeof streamText,
    provider: createOpenAICompatible2 as unknown as typeof createOpenAICompatible,
  },
} as const;

function model(major: 6 | 7, scenario: string) {
  const baseURL = scenario === "closed" ? server.closedUrl : `${server.url}/${scenario}`;
  return majors[major].provider({ name: "novita", baseURL, apiKey: "sk-test" })("m");
}

describe.each([7, 6] as const)("ai %i", (major) => {
  const { generate, stream } = majors[major];

  it.each(codesOf("llm"))("should give the class of %s from generateText's APICallError", async (code) => {
    const thrown = await thrownBy(() =>
      generate({ model: model(major, `code~llm~${code}`), prompt: "hi", maxRetries: 0 }),
    );
    expect((thrown as Error).name).toBe("AI_APICallError");
    expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
  });

  it("should give the platform's class, not HTTP_500, for a 429 after the SDK's retries (RetryError)", async () => {
    const scenario = "code~llm~RATE_LIMIT_EXCEEDED";
    const before = server.hits.get(scenario) ?? 0;
    const thrown = await thrownBy(() => generate({ model: model(major, scenario), prompt: "hi", maxRetries: 1 }));
    expect((thrown as Error).name).toBe("AI_RetryError");
    expect(server.hits.get(scenario)).toBe(before + 2);
    expectDocumented(llmErrorFromThrown(thrown), "llm", "RATE_LIMIT_EXCEEDED", thrown);
  });

  it("should keep an undocumented code verbatim, and classify HTML by status", async () => {
    const undocumented = llmErrorFromThrown(
      await thrownBy(() => generate({ model: model(major, "undocumented"), prompt: "hi", maxRetries: 0 })),
    );
    expect(undocumented).toBeInstanceOf(LlmError);
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual(["LlmError", "SOMETHING_NEW", 409]);
    const html = llmErrorFromThrown(
      await thrownBy(() => generate({ model: model(major, "html"), prompt: "hi", maxRetries: 0 })),
    );
    expect([html?.code, html?.message]).toEqual([
      "HTTP_502",
      "HTTP 502: an HTML page from a gateway (502 Bad Gateway)",
    ]);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for a deadline, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => generate({ model: model(major, "closed"), prompt: "hi", maxRetries: 0 }));
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() =>
      generate({ model: model(major, "slow"), prompt: "hi", maxRetries: 0, abortSignal: AbortSignal.timeout(100) }),
    );
    expectNoAnswer(llmErrorFromThrown(late), "TIMEOUT", late);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() =>
      generate({ model: model(major, "slow"), prompt: "hi", maxRetries: 0, abortSignal: controller.signal }),
    );
    expectNoAnswer(llmErrorFromThrown(cancelled), "ABORTED", cancelled);
  });

  it("should surface an error frame of streamText's fullStream as the thrown typed error, in one line", async () => {
    const result = stream({ model: model(major, "stream-frame"), prompt: "hi", maxRetries: 0, onError: () => {} });
    const text: string[] = [];
    const thrown = await thrownBy(async () => {
      for await (const part of throwLlmStreamErrors(result.fullStream))
        if (part.type === "text-delta") text.push(part.text);
    });
    expect(text).toEqual(["he"]);
    expect(thrown).toBeInstanceOf(LlmError);
    expect([(thrown as LlmError).name, (thrown as LlmError).code, (thrown as LlmError).status]).toEqual([
      "RateLimitExceededError",
      "RATE_LIMIT_EXCEEDED",
      429,
    ]);
  });

  it("should give the typed error of what streamText's onError reports for a failed call", async () => {
    const reported: unknown[] = [];
    const result = stream({
      model: model(major, "code~llm~SERVICE_NOT_AVAILABLE"),
      prompt: "hi",
      maxRetries: 0,
      onError: ({ error }) => {
        reported.push(error);
      },
    });
    await thrownBy(async () => {
      for await (const part of throwLlmStreamErrors(result.fullStream)) void part;
    });
    expect(reported).toHaveLength(1);
    expectDocumented(llmErrorFromThrown(reported[0]), "llm", "SERVICE_NOT_AVAILABLE", reported[0]);
  });
});

describe("the AI SDK's NoOutputGeneratedError", () => {
  it("should give undefined: it carries no answer, the failure went to onError and fullStream", async () => {
    const result = streamText({
      model: model(7, "code~llm~RATE_LIMIT_EXCEEDED"),
      prompt: "hi",
      maxRetries: 0,
      onError: () => {},
    });
    const thrown = await thrownBy(() => result.text);
    expect((thrown as Error).name).toBe("AI_NoOutputGeneratedError");
    expect(llmErrorFromThrown(thrown)).toBeUndefined();
  });

  it("should read a failure wrapped as the cause of the caller's own error", async () => {
    const inner = await thrownBy(() =>
      generateText({ model: model(7, "code~llm~ACCESS_DENY"), prompt: "hi", maxRetries: 0 }),
    );
    const wrapped = new Error("could not summarise the document", { cause: inner });
    expectDocumented(llmErrorFromThrown(wrapped), "llm", "ACCESS_DENY", wrapped);
  });
});

describe("the AI SDK's error classes", () => {
  it("should be what generateText throws (the shapes llmErrorFromThrown reads)", async () => {
    const thrown = await thrownBy(() =>
      generateText({ model: model(7, "code~llm~ACCESS_DENY"), prompt: "hi", maxRetries: 0 }),
    );
    expect(APICallError.isInstance(thrown)).toBe(true);
    const retried = await thrownBy(() =>
      generateText({ model: model(7, "code~llm~SERVICE_NOT_AVAILABLE"), prompt: "hi", maxRetries: 1 }),
    );
    expect(RetryError.isInstance(retried)).toBe(true);
  });
});

describe.each(["chat", "responses"] as const)("@ai-sdk/openai's %s model (createOpenAI({ baseURL }))", (kind) => {
  function openaiModel(scenario: string) {
    const baseURL = scenario === "closed" ? server.closedUrl : `${server.url}/${scenario}`;
    const provider = createOpenAI({ baseURL, apiKey: "sk-test" });
    // `provider(id)` is the responses model, the default.
    return kind === "chat" ? provider.chat("m") : provider("m");
  }

  it.each(codesOf("llm"))("should give the class of %s", async (code) => {
    const thrown = await thrownBy(() =>
      generateText({ model: openaiModel(`code~llm~${code}`), prompt: "hi", maxRetries: 0 }),
    );
    expect(APICallError.isInstance(thrown)).toBe(true);
    expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
  });

  it("should keep an undocumented code verbatim, and classify HTML by status", async () => {
    const undocumented = llmErrorFromThrown(
      await thrownBy(() => generateText({ model: openaiModel("undocumented"), prompt: "hi", maxRetries: 0 })),
    );
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual(["LlmError", "SOMETHING_NEW", 409]);
    const html = llmErrorFromThrown(
      await thrownBy(() => generateText({ model: openaiModel("html"), prompt: "hi", maxRetries: 0 })),
    );
    expect([html?.code, html?.message]).toEqual([
      "HTTP_502",
      "HTTP 502: an HTML page from a gateway (502 Bad Gateway)",
    ]);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for a deadline, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => generateText({ model: openaiModel("closed"), prompt: "hi", maxRetries: 0 }));
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() =>
      generateText({ model: openaiModel("slow"), prompt: "hi", maxRetries: 0, abortSignal: AbortSignal.timeout(100) }),
    );
    expectNoAnswer(llmErrorFromThrown(late), "TIMEOUT", late);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() =>
      generateText({ model: openaiModel("slow"), prompt: "hi", maxRetries: 0, abortSignal: controller.signal }),
    );
    expectNoAnswer(llmErrorFromThrown(cancelled), "ABORTED", cancelled);
  });

  it("should surface an error frame of fullStream as the thrown typed error, in one line", async () => {
    const scenario = kind === "chat" ? "stream-frame" : "responses-stream-frame";
    const result = streamText({ model: openaiModel(scenario), prompt: "hi", maxRetries: 0, onError: () => {} });
    const thrown = await thrownBy(async () => {
      for await (const part of throwLlmStreamErrors(result.fullStream)) void part;
    });
    expect(thrown).toBeInstanceOf(LlmError);
    expect([(thrown as LlmError).name, (thrown as LlmError).status, (thrown as LlmError).message]).toEqual([
      "RateLimitExceededError",
      429,
      "slow down, mid-stream",
    ]);
  });
});
