// Through the README's AI SDK streaming recipe, with the real `ai` 7: only an error part is an
// API error. A tool that throws and a tool-approval request pass on as parts; the caller's own
// cancel mid-stream is never a platform error with status 500.
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { isLlmError, throwLlmStreamErrors } from "@novita/errors-llm";
import { jsonSchema, streamText, tool } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PlatformServer, startPlatformServer } from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

const model = (scenario: string) =>
  createOpenAICompatible({ name: "novita", baseURL: `${server.url}/${scenario}`, apiKey: "sk-test" })("m");

const tools = {
  boom: tool({
    description: "a tool that fails",
    inputSchema: jsonSchema<Record<string, never>>({ type: "object", properties: {} }),
    execute: async (): Promise<string> => {
      throw new Error("the tool broke");
    },
  }),
  ask: tool({
    description: "a tool that needs approval",
    inputSchema: jsonSchema<Record<string, never>>({ type: "object", properties: {} }),
    needsApproval: true,
    execute: async () => "ok",
  }),
};

/** The part types of a `streamText` call through `throwLlmStreamErrors`, and what it threw; `onPart` sees each. */
async function partsOf(
  scenario: string,
  options: { abortSignal?: AbortSignal } = {},
  onPart: (type: string) => void = () => {},
): Promise<{ types: string[]; thrown: unknown }> {
  const result = streamText({
    model: model(scenario),
    prompt: "hi",
    tools,
    maxRetries: 0,
    onError: () => {},
    ...options,
  });
  const types: string[] = [];
  let thrown: unknown;
  try {
    for await (const part of throwLlmStreamErrors(result.fullStream)) {
      types.push(part.type);
      onPart(part.type);
    }
  } catch (error) {
    thrown = error;
  }
  return { types, thrown };
}

describe("ai 7 fullStream through throwLlmStreamErrors", () => {
  it("should pass a tool's error on as a part, not throw it as a platform error", async () => {
    const { types, thrown } = await partsOf("stream-tool~boom");
    expect(thrown).toBeUndefined();
    expect(types).toContain("tool-error");
    expect(types).toContain("finish");
  });

  it("should pass a tool-approval request on as a part", async () => {
    const { types, thrown } = await partsOf("stream-tool~ask");
    expect(thrown).toBeUndefined();
    expect(types).toContain("tool-approval-request");
  });

  it("should never make the caller's cancel mid-stream a platform error", async () => {
    const controller = new AbortController();
    const { types, thrown } = await partsOf("stream-stalls", { abortSignal: controller.signal }, (type) => {
      if (type === "text-delta") controller.abort();
    });
    expect(types).toContain("text-delta");
    // Either the AI SDK's own abort part, or the typed cancel: never an HTTP status.
    if (thrown === undefined) expect(types).toContain("abort");
    else expect(isLlmError(thrown) ? [thrown.code, thrown.status] : thrown).toEqual(["ABORTED", 0]);
  });
});
