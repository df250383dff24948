// A platform that quotes the caller's key back ("Incorrect API key provided: sk-…"), reached
// through the real openai 7 and the AI SDK 7: the typed error never prints the key, in
// util.inspect, console.error or Node's print of an uncaught error, though its `cause` (the
// client's own error, kept whole for code that reads it) holds it.
import { execFile } from "node:child_process";
import { Console } from "node:console";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import util from "node:util";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { llmErrorFromThrown } from "@novita/errors-llm";
import { generateText } from "ai";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PlatformServer, startPlatformServer, thrownBy } from "./platform-server.js";

const KEY = "sk-proj-Zq81vXw4pLm2Nc7Rt5Yb0Hd3";
const SECRET_PART = "Zq81vXw4pLm2Nc7";
const packageFolder = fileURLToPath(new URL("..", import.meta.url));

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

const clients = {
  "openai 7": () =>
    new OpenAI({ apiKey: KEY, baseURL: `${server.url}/echoed-key`, maxRetries: 0 }).chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
    }),
  "the AI SDK 7": () =>
    generateText({
      model: createOpenAICompatible({ name: "novita", baseURL: `${server.url}/echoed-key`, apiKey: KEY })("m"),
      prompt: "hi",
      maxRetries: 0,
    }),
};

/** What `console.error(value)` prints: Node's console, writing into a string instead of stderr. */
function consoleErrorOf(value: unknown): string {
  let text = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).error(value);
  return text;
}

describe.each(Object.keys(clients) as (keyof typeof clients)[])("a key the platform echoes, through %s", (name) => {
  it("should be in the client's own error, and in no print of the typed error", async () => {
    const thrown = await thrownBy(clients[name]);
    // The client keeps the platform's message verbatim: the case this guards against.
    expect(util.inspect(thrown, { depth: 10 })).toContain(SECRET_PART);
    const error = llmErrorFromThrown(thrown);
    expect(error?.code).toBe("INVALID_API_KEY");
    expect(error?.cause).toBe(thrown);
    const printed = [
      util.inspect(error),
      util.inspect(error, { depth: 10 }),
      consoleErrorOf(error),
      String(error),
      JSON.stringify(error),
      String(error?.stack),
      util.inspect(error, { customInspect: false, depth: 10 }),
    ];
    for (const text of printed) expect(text).not.toContain(SECRET_PART);
    expect(printed[0]).toContain("sk-****0Hd3");
    expect(printed[2]).toContain("InvalidApiKeyError"); // console.error printed the error itself
  });

  it("should not be in Node's print of the typed error thrown uncaught", async () => {
    const call =
      name === "openai 7"
        ? `new OpenAI({ apiKey: ${JSON.stringify(KEY)}, baseURL: ${JSON.stringify(`${server.url}/echoed-key`)}, maxRetries: 0 }).chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] })`
        : `generateText({ model: createOpenAICompatible({ name: "novita", baseURL: ${JSON.stringify(`${server.url}/echoed-key`)}, apiKey: ${JSON.stringify(KEY)} })("m"), prompt: "hi", maxRetries: 0 })`;
    const script = `import OpenAI from "openai";
import { generateText } from "ai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { llmErrorFromThrown } from "@novita/errors-llm";
try {
  await ${call};
} catch (thrown) {
  throw llmErrorFromThrown(thrown) ?? thrown;
}`;
    const stderr = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        ["--input-type=module", "-e", script],
        { cwd: packageFolder, encoding: "utf8", timeout: 30_000 },
        (_error, _stdout, output) => resolve(output),
      );
    });
    expect(stderr).toContain("InvalidApiKeyError");
    expect(stderr).toContain("sk-****0Hd3");
    expect(stderr).not.toContain(SECRET_PART);
  });
});
