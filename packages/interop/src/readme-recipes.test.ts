// Every README recipe (a ```ts block after `<!-- recipe: <id> -->`, in the package READMEs and
// docs/with-your-client.md) is written out as it stands, compiled against the real clients and
// the built packages, then imported and run against the local server.
import path from "node:path";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { ChatNovitaAI } from "@langchain/community/chat_models/novita";
import { Agent } from "@mastra/core/agent";
import { noopLogger } from "@mastra/core/logger";
import type { NovitaError } from "@novita/errors-core";
import { compileFixture, README_COMPILER_OPTIONS } from "@novita/errors-dev-tools/compile-fixture";
import { createLlmError, RateLimitExceededError } from "@novita/errors-llm";
import { type Span, SpanStatusCode } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import * as Sentry from "@sentry/node";
import axios from "axios";
import { NovitaSDK } from "novita-sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer } from "./expect-typed.js";
import { catalogs, type Domain, type PlatformServer, startPlatformServer, thrownBy } from "./platform-server.js";
import { loadRecipe, writeRecipes } from "./recipes.js";

const domains = Object.keys(catalogs) as Domain[];
const { folder, recipes } = writeRecipes("recipes");

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

/** A recipe module, as it was compiled. */
function load(id: string): Promise<Record<string, (...args: never[]) => Promise<unknown>>> {
  return loadRecipe(recipes, id);
}

/** What the recipe's call threw, which must be a typed error. */
async function typedBy(run: () => unknown): Promise<NovitaError> {
  return (await thrownBy(run)) as NovitaError;
}

/** A code of the domain that no client retries on its own (4xx, not 408, 409 or 429). */
function quietCode(domain: Domain): string {
  const code = codesOf(domain).find((candidate) => {
    const { status } = (catalogs[domain] as Record<string, { status: number }>)[candidate] ?? { status: 0 };
    return status >= 400 && status < 500 && ![408, 409, 429].includes(status);
  });
  if (code === undefined) throw new Error(`${domain} has no code that clients do not retry`);
  return code;
}

const GENERIC = ["fetch", "axios"] as const;
/** The recipes of docs/with-your-client.md whose `post(url, body)` is run like the domains' own. */
const POSTING = ["got", "superagent", "ky", "ofetch", "wretch", "node-fetch", "effect"] as const;
const RETRIES = ["retry", "p-retry"] as const;

describe("README recipes", () => {
  it("should compile as strict TypeScript against the real clients and the built packages", () => {
    const output = compileFixture(
      folder,
      recipes.map(({ file }) => path.basename(file)),
      README_COMPILER_OPTIONS,
    );
    expect(output).toBe("");
  }, 60_000);

  it("should each be run below, and nothing below be without its recipe", () => {
    const run = [
      ...domains.flatMap((domain) => GENERIC.map((client) => `${domain}/${client}`)),
      ...domains.flatMap((domain) => RETRIES.map((how) => `${domain}/${how}`)),
      "llm/sdk-retries",
      "core/sentry",
      "core/opentelemetry",
      "llm/openai",
      "llm/openai-6",
      "llm/ai-sdk",
      "llm/langchain",
      "media/novita-sdk",
      ...POSTING.map((client) => `clients/${client}`),
      // Run by src/node22/undici.test.ts: undici 8 loads on Node 22 only.
      "clients/undici",
      "clients/openai-stream-helper",
      "clients/langchain-openai",
      "clients/llamaindex",
      "clients/mastra",
    ];
    expect(recipes.map(({ id }) => id).sort()).toEqual(run.sort());
  });

  describe.each(domains)("%s, with every general client", (domain) => {
    it.each(GENERIC)("%s: should throw the typed error, or CONNECTION_ERROR for no answer", async (client) => {
      const { post } = await load(`${domain}/${client}`);
      for (const code of [codesOf(domain)[0] ?? "", quietCode(domain)]) {
        const error = await typedBy(() =>
          (post as (url: string, body: unknown) => Promise<unknown>)(`${server.url}/code~${domain}~${code}/v3/x`, {}),
        );
        expectDocumented(error, domain, code, error.cause);
        // The client's own error is kept; fetch's Response is read, not thrown.
        if (client !== "fetch") expect(error.cause).toBeInstanceOf(Error);
      }
      const closed = await typedBy(() =>
        (post as (url: string, body: unknown) => Promise<unknown>)(`${server.closedUrl}/v3/x`, {}),
      );
      expectNoAnswer(closed, "CONNECTION_ERROR", closed.cause);
    });
  });

  describe.each(domains)("%s, retried", (domain) => {
    it.each(RETRIES)(
      "%s: should honour the platform's delay, then give the success; never retry the rest",
      async (how) => {
        const { withRetries } = (await load(`${domain}/${how}`)) as unknown as {
          withRetries: <T>(call: () => Promise<T>) => Promise<T>;
        };
        const retryable = codesOf(domain).find(
          (code) => (catalogs[domain] as Record<string, { retryable: boolean }>)[code]?.retryable,
        );
        if (retryable !== undefined) {
          const scenario = `flaky~${domain}~${retryable}~${how}`;
          const started = performance.now();
          const body = await withRetries(() =>
            axios.post(`${server.url}/${scenario}/v3/x`, {}).then((response) => response.data),
          );
          expect(body).toMatchObject({ object: "chat.completion" });
          expect(server.hits.get(scenario)).toBe(2);
          expect(performance.now() - started).toBeGreaterThanOrEqual(45);
        }
        const quiet = quietCode(domain);
        const once = `flaky~${domain}~${quiet}~${how}`;
        const error = await typedBy(() => withRetries(() => axios.post(`${server.url}/${once}/v3/x`, {})));
        expect([error.code, server.hits.get(once)]).toEqual([quiet, 1]);
      },
    );
  });

  it("llm/sdk-retries: should retry with the SDK's own retries off", async () => {
    const { novitaClient, ask } = (await load("llm/sdk-retries")) as unknown as {
      novitaClient: (apiKey: string, baseURL?: string) => OpenAI;
      ask: (client: OpenAI, prompt: string) => Promise<{ choices: { message: { content: string } }[] }>;
    };
    const scenario = "flaky~llm~RATE_LIMIT_EXCEEDED~sdk";
    const completion = await ask(novitaClient("sk-test", `${server.url}/${scenario}`), "hi");
    expect(completion.choices[0]?.message.content).toBe("hi");
    expect(server.hits.get(scenario)).toBe(2);
  });

  it("core/sentry: should group by domain and code, and show the string code, with the real @sentry/node", async () => {
    const { groupNovitaErrors } = (await load("core/sentry")) as unknown as {
      groupNovitaErrors: NonNullable<Sentry.NodeOptions["beforeSend"]>;
    };
    const envelopes: string[] = [];
    Sentry.init({
      dsn: "https://public@sentry.invalid/1",
      defaultIntegrations: false,
      integrations: [Sentry.extraErrorDataIntegration()],
      beforeSend: groupNovitaErrors,
      // A recording transport: nothing leaves the process.
      transport: (options) =>
        Sentry.createTransport(options, async (request) => {
          envelopes.push(typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body));
          return { statusCode: 200 };
        }),
    });
    const thrown = [
      createLlmError({ code: "SOMETHING_NEW", status: 409, requestId: "req-1" }),
      createLlmError({ code: "SOMETHING_ELSE", status: 409 }),
      new RateLimitExceededError({ requestId: "req-2" }),
    ];
    for (const error of thrown) Sentry.captureException(error);
    await Sentry.flush(2000);
    await Sentry.close();
    const events = envelopes.map((envelope) => JSON.parse(envelope.split("\n")[2] ?? "{}"));
    expect(events.map((event) => event.fingerprint)).toEqual([
      ["novita", "llm", "SOMETHING_NEW"],
      ["novita", "llm", "SOMETHING_ELSE"],
      ["novita", "llm", "RATE_LIMIT_EXCEEDED"],
    ]);
    expect(events[0].tags).toMatchObject({
      "novita.code": "SOMETHING_NEW",
      "novita.status": 409,
      "novita.request_id": "req-1",
    });
    expect(events[2].exception.values[0]).toMatchObject({ type: "RateLimitExceededError" });
    // extraErrorDataIntegration reads toJSON: the string code, never the HTTP status.
    expect(events[2].contexts.RateLimitExceededError).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", status: 429 });
  });

  it("core/opentelemetry: should set error.type and http.response.status_code, with the real SDK", async () => {
    const { recordFailure } = (await load("core/opentelemetry")) as unknown as {
      recordFailure: (span: Span, error: unknown) => void;
    };
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer("interop");
    for (const error of [new RateLimitExceededError({ requestId: "req-3" }), createLlmError({ code: "TIMEOUT" })]) {
      const span = tracer.startSpan("chat");
      recordFailure(span, error);
      span.end();
    }
    const [limited, late] = exporter.getFinishedSpans();
    expect(limited?.attributes).toMatchObject({
      "error.type": "RATE_LIMIT_EXCEEDED",
      "http.response.status_code": 429,
      "novita.request_id": "req-3",
    });
    expect(limited?.status.code).toBe(SpanStatusCode.ERROR);
    expect(limited?.events[0]?.name).toBe("exception");
    expect(late?.attributes["error.type"]).toBe("TIMEOUT");
    expect(late?.attributes).not.toHaveProperty("http.response.status_code");
    await provider.shutdown();
  });

  it("llm/openai: should throw the typed error of a call and of a stream's error frame", async () => {
    const { ask, stream } = (await load("llm/openai")) as unknown as {
      ask: (client: OpenAI, prompt: string) => Promise<string>;
      stream: (client: OpenAI, prompt: string, write: (text: string) => void) => Promise<void>;
    };
    const code = quietCode("llm");
    const client = (scenario: string) =>
      new OpenAI({ apiKey: "sk-test", baseURL: `${server.url}/${scenario}`, maxRetries: 0 });
    const failed = await typedBy(() => ask(client(`code~llm~${code}`), "hi"));
    expectDocumented(failed, "llm", code, failed.cause);
    expect(await ask(client("ok"), "hi")).toBe("hi");
    const written: string[] = [];
    const mid = await typedBy(() => stream(client("stream-frame"), "hi", (text) => written.push(text)));
    expect([written, mid.code, mid.status]).toEqual([["he"], "RATE_LIMIT_EXCEEDED", 429]);
  });

  it("llm/openai-6: should keep the exact code through openai 6 with the adapter", async () => {
    const { novitaClient } = (await load("llm/openai-6")) as unknown as {
      novitaClient: (apiKey: string, baseURL?: string) => OpenAI;
    };
    const code = quietCode("llm");
    const thrown = await thrownBy(() =>
      novitaClient("sk-test", `${server.url}/code~llm~${code}`).chat.completions.create({ model: "m", messages: [] }),
    );
    const { llmErrorFromThrown } = await import("@novita/errors-llm");
    expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
  });

  it("llm/ai-sdk: should throw the typed error of generateText and of streamText's fullStream", async () => {
    const { ask, stream } = (await load("llm/ai-sdk")) as unknown as {
      ask: (prompt: string, model: unknown) => Promise<string>;
      stream: (prompt: string, write: (text: string) => void, model: unknown) => Promise<void>;
    };
    const model = (scenario: string) =>
      createOpenAICompatible({ name: "novita", baseURL: `${server.url}/${scenario}`, apiKey: "sk-test" })("m");
    const code = quietCode("llm");
    const failed = await typedBy(() => ask("hi", model(`code~llm~${code}`)));
    expectDocumented(failed, "llm", code, failed.cause);
    const written: string[] = [];
    const mid = await typedBy(() => stream("hi", (text) => written.push(text), model("stream-frame")));
    expect([written, mid.code, mid.status]).toEqual([["he"], "RATE_LIMIT_EXCEEDED", 429]);
  });

  it("llm/langchain: should throw the typed error of ChatNovitaAI", async () => {
    const { ask } = (await load("llm/langchain")) as unknown as {
      ask: (chat: ChatNovitaAI, prompt: string) => Promise<string>;
    };
    const code = quietCode("llm");
    const chat = new ChatNovitaAI({ apiKey: "sk-test", maxRetries: 0 });
    Object.assign(chat, { clientConfig: { ...chat.clientConfig, baseURL: `${server.url}/code~llm~${code}` } });
    const failed = await typedBy(() => ask(chat, "hi"));
    expectDocumented(failed, "llm", code, failed.cause);
  });

  it("media/novita-sdk: should throw the typed error of the SDK's thrown object", async () => {
    const { startTxt2Img } = (await load("media/novita-sdk")) as unknown as {
      startTxt2Img: (novita: NovitaSDK, params: unknown) => Promise<string>;
    };
    for (const code of codesOf("media")) {
      const novita = new NovitaSDK("sk-test");
      novita.setBaseUrl(`${server.url}/code~media~${code}`);
      const failed = await typedBy(() => startTxt2Img(novita, { request: { model_name: "m", prompt: "a cat" } }));
      expectDocumented(failed, "media", code, failed.cause);
    }
  });

  describe.each(POSTING)("clients/%s", (client) => {
    it("should throw the typed error, or CONNECTION_ERROR for no answer", async () => {
      const { post } = (await load(`clients/${client}`)) as unknown as {
        post: (url: string, body: object, timeoutMs?: number) => Promise<unknown>;
      };
      for (const code of [codesOf("llm")[0] ?? "", quietCode("llm")]) {
        const error = await typedBy(() => post(`${server.url}/code~llm~${code}/v3/x`, {}));
        expectDocumented(error, "llm", code, error.cause);
      }
      const closed = await typedBy(() => post(`${server.closedUrl}/v3/x`, {}));
      expectNoAnswer(closed, "CONNECTION_ERROR", closed.cause);
      if (client === "node-fetch") {
        const late = await typedBy(() => post(`${server.url}/slow/v3/x`, {}, 100));
        expectNoAnswer(late, "TIMEOUT", late.cause);
      }
    });
  });

  it.each(["openai-stream-helper", "langchain-openai", "llamaindex"])(
    "clients/%s: should throw the typed error of a stream's error frame",
    async (id) => {
      const { stream } = (await load(`clients/${id}`)) as unknown as {
        stream: (baseURL: string, apiKey: string, prompt: string, write: (text: string) => void) => Promise<void>;
      };
      const written: string[] = [];
      const url = `${server.url}/stream-frame`;
      const error = await typedBy(() => stream(url, "sk-test", "hi", (text) => written.push(text)));
      expect([written, error.name, error.status]).toEqual([["he"], "RateLimitExceededError", 429]);
    },
  );

  it("clients/mastra: should throw the typed error of fullStream's error part", async () => {
    const { stream } = (await load("clients/mastra")) as unknown as {
      stream: (agent: Agent, prompt: string, write: (text: string) => void) => Promise<void>;
    };
    const agent = new Agent({
      id: "recipe",
      name: "recipe",
      instructions: "Answer briefly.",
      model: { id: "novita-ai/baichuan/baichuan-m2-32b", url: `${server.url}/stream-frame`, apiKey: "sk-test" },
    });
    agent.__setLogger(noopLogger);
    const written: string[] = [];
    const error = await typedBy(() => stream(agent, "hi", (text) => written.push(text)));
    expect([written, error.name, error.status]).toEqual([["he"], "RateLimitExceededError", 429]);
  });
});
