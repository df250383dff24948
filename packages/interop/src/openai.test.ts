// The openai SDK, 7, 6, 5 and 4 side by side, pointed at the local platform.
import { adaptFetchForOpenAI, LlmError, llmErrorFromThrown, throwLlmStreamErrors } from "@novita/errors-llm";
import OpenAI from "openai";
import OpenAI4 from "openai-4";
import OpenAI5 from "openai-5";
import OpenAI6 from "openai-6";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer } from "./expect-typed.js";
import { type PlatformServer, requestIdOf, startPlatformServer, thrownBy } from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

const versions = { 7: OpenAI, 6: OpenAI6, 5: OpenAI5, 4: OpenAI4 } as const;
type Version = keyof typeof versions;

function client(version: Version, scenario: string, options: { adapter?: boolean; timeout?: number } = {}): OpenAI {
  const Client = versions[version] as unknown as typeof OpenAI;
  // Typed as 7: every major take and answer the calls these tests make the same way.
  return new Client({
    apiKey: "sk-test",
    baseURL: scenario === "closed" ? server.closedUrl : `${server.url}/${scenario}`,
    maxRetries: 0,
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.adapter ? { fetch: adaptFetchForOpenAI() } : {}),
  }) as unknown as OpenAI;
}

/** Where a major keeps its chat `.stream()` helper: openai 4 under `beta`. */
function helperOf(openai: OpenAI, version: Version): Pick<OpenAI["chat"]["completions"], "stream"> {
  const beta = (openai as unknown as { beta: { chat: { completions: OpenAI["chat"]["completions"] } } }).beta;
  return version === 4 ? beta.chat.completions : openai.chat.completions;
}

const ask = { model: "m", messages: [{ role: "user" as const, content: "hi" }] };

describe.each([7, 6, 5, 4] as const)("openai %i", (version) => {
  // openai 7 keeps the platform's body whole; 4 to 6 drop it unless the adapter rewrites it.
  const adapter = version !== 7;

  it.each(codesOf("llm"))("should give the class of %s", async (code) => {
    const thrown = await thrownBy(() => client(version, `code~llm~${code}`, { adapter }).chat.completions.create(ask));
    expect(thrown).toBeInstanceOf((versions[version] as typeof OpenAI).APIError);
    expectDocumented(llmErrorFromThrown(thrown), "llm", code, thrown);
  });

  it("should keep an undocumented code verbatim, as the domain base", async () => {
    const thrown = await thrownBy(() => client(version, "undocumented", { adapter }).chat.completions.create(ask));
    const error = llmErrorFromThrown(thrown);
    expect(error).toBeInstanceOf(LlmError);
    expect([error?.name, error?.code, error?.status, error?.message]).toEqual([
      "LlmError",
      "SOMETHING_NEW",
      409,
      "a code added later",
    ]);
  });

  it("should classify an HTML page, an empty body and plain text by status", async () => {
    const html = llmErrorFromThrown(await thrownBy(() => client(version, "html").chat.completions.create(ask)));
    expect([html?.code, html?.category, html?.message]).toEqual([
      "HTTP_502",
      "unavailable",
      "HTTP 502: an HTML page from a gateway (502 Bad Gateway)",
    ]);
    const empty = llmErrorFromThrown(await thrownBy(() => client(version, "empty").chat.completions.create(ask)));
    expect([empty?.code, empty?.retryable, empty?.retryAfterMs, empty?.requestId]).toEqual([
      "HTTP_503",
      true,
      1000,
      requestIdOf("empty"),
    ]);
    const text = llmErrorFromThrown(await thrownBy(() => client(version, "text").chat.completions.create(ask)));
    expect([text?.code, text?.category, text?.message]).toEqual([
      "HTTP_404",
      "not_found",
      "HTTP 404: 404 page not found",
    ]);
  });

  it("should read the platform's code through OpenRouter's metadata.raw", async () => {
    const thrown = await thrownBy(() => client(version, "relay").chat.completions.create(ask));
    const error = llmErrorFromThrown(thrown);
    expect([error?.name, error?.code, error?.status, error?.message]).toEqual([
      "NotEnoughBalanceError",
      "NOT_ENOUGH_BALANCE",
      402,
      "not enough balance",
    ]);
  });

  it("should give CONNECTION_ERROR for a closed port, TIMEOUT for its deadline, ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => client(version, "closed").chat.completions.create(ask));
    expect(closed).toBeInstanceOf((versions[version] as typeof OpenAI).APIConnectionError);
    expectNoAnswer(llmErrorFromThrown(closed), "CONNECTION_ERROR", closed);
    const late = await thrownBy(() => client(version, "slow", { timeout: 100 }).chat.completions.create(ask));
    expect(late).toBeInstanceOf((versions[version] as typeof OpenAI).APIConnectionTimeoutError);
    expectNoAnswer(llmErrorFromThrown(late), "TIMEOUT", late);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() =>
      client(version, "slow").chat.completions.create(ask, { signal: controller.signal }),
    );
    expect(cancelled).toBeInstanceOf((versions[version] as typeof OpenAI).APIUserAbortError);
    expectNoAnswer(llmErrorFromThrown(cancelled), "ABORTED", cancelled);
  });

  it("should turn an error frame inside a stream into the thrown typed error, in one line", async () => {
    const stream = await client(version, "stream-frame").chat.completions.create({ ...ask, stream: true });
    const seen: string[] = [];
    const thrown = await thrownBy(async () => {
      for await (const chunk of throwLlmStreamErrors(stream)) seen.push(chunk.choices[0]?.delta.content ?? "");
    });
    expect(seen).toEqual(["he"]);
    expect(thrown).toBeInstanceOf(LlmError);
    expect([(thrown as LlmError).code, (thrown as LlmError).status, (thrown as LlmError).message]).toEqual([
      "RATE_LIMIT_EXCEEDED",
      429,
      "slow down, mid-stream",
    ]);
  });

  it("should turn an `event: error` of a stream into the thrown typed error, in one line", async () => {
    // openai 4 throws it with its message alone: the adapter fails the stream with it first.
    const stream = await client(version, "stream-event", { adapter: version === 4 }).chat.completions.create({
      ...ask,
      stream: true,
    });
    const thrown = await thrownBy(async () => {
      for await (const _ of throwLlmStreamErrors(stream)) {
        // Read to the end.
      }
    });
    expect(thrown).toBeInstanceOf(LlmError);
    expect([(thrown as LlmError).code, (thrown as LlmError).status]).toEqual(["RATE_LIMIT_EXCEEDED", 429]);
  });

  it("should not let a user's own bug pass for a platform error", async () => {
    const thrown = await thrownBy(async () => {
      const completion = await client(version, "ok").chat.completions.create(ask);
      return (completion as unknown as { missing: { field: string } }).missing.field;
    });
    expect(thrown).toBeInstanceOf(TypeError);
    expect(llmErrorFromThrown(thrown)).toBeUndefined();
  });
});

describe("openai 7 streams", () => {
  it("should give the typed error of an `event: error`, which the SDK throws without a status", async () => {
    const stream = await client(7, "stream-event").chat.completions.create({ ...ask, stream: true });
    const thrown = await thrownBy(async () => {
      for await (const _ of stream) {
        // Read to the end.
      }
    });
    expect(thrown).toBeInstanceOf(OpenAI.APIError);
    expect((thrown as InstanceType<typeof OpenAI.APIError>).status).toBeUndefined();
    const error = llmErrorFromThrown(thrown);
    expect([error?.name, error?.code, error?.status]).toEqual(["RateLimitExceededError", "RATE_LIMIT_EXCEEDED", 429]);
    expect(error?.cause).toBe(thrown);
  });
});

describe.each([6, 5, 4] as const)("openai %i without the adapter", (version) => {
  it("should keep status, request id and Retry-After, though the SDK dropped the platform's body", async () => {
    const thrown = await thrownBy(() => client(version, "code~llm~RATE_LIMIT_EXCEEDED").chat.completions.create(ask));
    expect((thrown as Error).message).toBe("429 status code (no body)");
    const error = llmErrorFromThrown(thrown);
    expect([error?.code, error?.retryable, error?.retryAfterMs, error?.requestId]).toEqual([
      "HTTP_429",
      true,
      2000,
      requestIdOf("code~llm~RATE_LIMIT_EXCEEDED"),
    ]);
  });
});

describe("openai 4 without the adapter", () => {
  it("should give undefined for an `event: error`, which the SDK throws with the message alone", async () => {
    const stream = await client(4, "stream-event").chat.completions.create({ ...ask, stream: true });
    const thrown = await thrownBy(async () => {
      for await (const _ of stream) {
        // Read to the end.
      }
    });
    expect(thrown).toBeInstanceOf(OpenAI4.APIError);
    expect([(thrown as Error).message, (thrown as { status?: number }).status]).toEqual([
      "slow down, mid-stream",
      undefined,
    ]);
    expect(llmErrorFromThrown(thrown)).toBeUndefined();
  });
});

describe.each([7, 6, 5, 4] as const)("openai %i .stream() helpers, with the adapter", (version) => {
  it("should give the typed error of an error frame, which the helper fails on", async () => {
    for (const scenario of ["stream-frame", "stream-event"]) {
      const seen: string[] = [];
      const thrown = await thrownBy(async () => {
        const stream = helperOf(client(version, scenario, { adapter: true }), version).stream(ask);
        for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? "");
      });
      expect(seen, scenario).toEqual(["he"]);
      const error = llmErrorFromThrown(thrown);
      expect([error?.name, error?.status, error?.message, error?.requestId], scenario).toEqual([
        "RateLimitExceededError",
        429,
        "slow down, mid-stream",
        requestIdOf(scenario),
      ]);
    }
  });

  it("should give the typed error from the helper's finalChatCompletion()", async () => {
    const helper = helperOf(client(version, "stream-frame", { adapter: true }), version);
    const thrown = await thrownBy(() => helper.stream(ask).finalChatCompletion());
    expect(llmErrorFromThrown(thrown)?.code).toBe("RATE_LIMIT_EXCEEDED");
  });
});

describe("openai .stream() helpers without the adapter", () => {
  it("should give undefined: the helper fails on the frame with an error of its own", async () => {
    for (const version of [7, 6] as const) {
      const thrown = await thrownBy(async () => {
        for await (const _ of client(version, "stream-frame").chat.completions.stream(ask)) {
          // Read to the end.
        }
      });
      expect(llmErrorFromThrown(thrown), `openai ${version}`).toBeUndefined();
    }
  });
});

describe("openai 7 responses.stream(), with the adapter", () => {
  it("should give the typed error of an error frame", async () => {
    const seen: string[] = [];
    const thrown = await thrownBy(async () => {
      const stream = client(7, "responses-stream-frame", { adapter: true }).responses.stream({
        model: "m",
        input: "hi",
      });
      for await (const event of stream) seen.push(event.type);
    });
    const error = llmErrorFromThrown(thrown);
    expect([error?.name, error?.status, error?.message]).toEqual([
      "RateLimitExceededError",
      429,
      "slow down, mid-stream",
    ]);
    expect(seen).toEqual(["response.created"]);
  });
});

describe.each([7, 6, 5, 4] as const)("openai %i with an AbortSignal.timeout", (version) => {
  it("should give TIMEOUT with the signal passed along (and without it, from 7, which keeps the reason)", async () => {
    const signal = AbortSignal.timeout(100);
    const thrown = await thrownBy(() => client(version, "slow").chat.completions.create(ask, { signal }));
    expectNoAnswer(llmErrorFromThrown(thrown), version === 7 ? "TIMEOUT" : "ABORTED", thrown);
    expectNoAnswer(llmErrorFromThrown(thrown, { signal }), "TIMEOUT", thrown);
  });
});
