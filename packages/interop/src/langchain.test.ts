// LangChain's ChatNovitaAI (@langchain/community, on @langchain/openai and openai 7).
import { ChatNovitaAI } from "@langchain/community/chat_models/novita";
import { llmErrorFromThrown } from "@novita/errors-llm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer } from "./expect-typed.js";
import { type PlatformServer, startPlatformServer, thrownBy } from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

/**
 * ChatNovitaAI's constructor sets the platform's base URL, whatever the
 * caller passes in `configuration`; the test points its client config at the
 * local server before the first call (the client is made on first use).
 */
function chat(scenario: string, options: { timeout?: number } = {}): ChatNovitaAI {
  const model = new ChatNovitaAI({ apiKey: "sk-test", maxRetries: 0, ...options });
  const baseURL = scenario === "closed" ? server.closedUrl : `${server.url}/${scenario}`;
  Object.assign(model, { clientConfig: { ...model.clientConfig, baseURL } });
  return model;
}

describe("LangChain ChatNovitaAI", () => {
  it.each(codesOf("llm"))("should give the class of %s", async (code) => {
    const thrown = await thrownBy(() => chat(`code~llm~${code}`).invoke("hi"));
    // LangChain rethrows openai 7's error with its own message and a troubleshooting code.
    expect((thrown as Error).message).toContain("(local server)");
    const error = llmErrorFromThrown(thrown);
    expectDocumented(error, "llm", code, thrown);
  });

  it("should give CONNECTION_ERROR for a closed port and TIMEOUT for its deadline", async () => {
    const closed = await thrownBy(() => chat("closed").invoke("hi"));
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() => chat("slow", { timeout: 100 }).invoke("hi"));
    expectNoAnswer(llmErrorFromThrown(late), "TIMEOUT", late);
  });

  it("should give ABORTED for a cancel", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() =>
      chat("slow").invoke("hi", { signal: controller.signal } as Parameters<ChatNovitaAI["invoke"]>[1]),
    );
    expectNoAnswer(llmErrorFromThrown(cancelled), "ABORTED", cancelled);
  });

  it("should drop an error frame in the middle of a stream: the stream just ends", async () => {
    const seen: unknown[] = [];
    for await (const chunk of await chat("stream-frame").stream("hi")) seen.push(chunk.content);
    expect(seen).toEqual(["he"]);
  });
});
