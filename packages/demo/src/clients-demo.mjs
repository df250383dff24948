// The second half of pnpm demo: three clients users call the platform
// through (the openai SDK 7, the Vercel AI SDK, the official novita-sdk) fail
// against the same local server, and each `xxxErrorFromThrown` gives the
// typed error. Exits non-zero if any is not what the platform said.

import { createServer } from "node:http";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { llmErrorCatalog, llmErrorClasses, llmErrorFromThrown } from "@novita/errors-llm";
import { mediaErrorCatalog, mediaErrorClasses, mediaErrorFromThrown } from "@novita/errors-media";
import { generateText } from "ai";
import { NovitaSDK } from "novita-sdk";
import OpenAI from "openai";
import { startPlatformServer } from "./platform-server.mjs";
import { printTable } from "./print-table.mjs";

const byCode = (classes) => Object.fromEntries(classes.map((Class) => [Class.entry.code, Class]));
const server = await startPlatformServer({ llm: byCode(llmErrorClasses), media: byCode(mediaErrorClasses) });
// A port nothing listens on: one that was just free.
const closedUrl = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = /** @type {import("node:net").AddressInfo} */ (probe.address());
    probe.close(() => resolve(`http://127.0.0.1:${port}`));
  });
});

/** What `run` threw. */
async function thrownBy(run) {
  try {
    await run();
  } catch (thrown) {
    return thrown;
  }
  throw new Error("the call did not fail");
}

const openai = (path) => new OpenAI({ apiKey: "sk-demo", baseURL: `${server.baseUrl}${path}`, maxRetries: 0 });
const aiModel = (url) => createOpenAICompatible({ name: "novita", baseURL: url, apiKey: "sk-demo" })("m");
const novita = (url) => {
  const sdk = new NovitaSDK("sk-demo");
  sdk.setBaseUrl(url);
  return sdk;
};
const ask = { model: "m", messages: [{ role: /** @type {const} */ ("user"), content: "hi" }] };
const txt2img = {
  request: {
    model_name: "m",
    prompt: "a cat",
    negative_prompt: "",
    width: 512,
    height: 512,
    image_num: 1,
    steps: 20,
    seed: -1,
    clip_skip: 1,
    guidance_scale: 7.5,
    sampler_name: "Euler a",
  },
};

const cases = [
  {
    client: "openai 7",
    call: () => openai("/llm/NOT_ENOUGH_BALANCE").chat.completions.create(ask),
    read: llmErrorFromThrown,
    expected: llmErrorCatalog.NOT_ENOUGH_BALANCE,
  },
  {
    client: "openai 7",
    call: () => new OpenAI({ apiKey: "sk-demo", baseURL: closedUrl, maxRetries: 0 }).chat.completions.create(ask),
    read: llmErrorFromThrown,
    expected: { code: "CONNECTION_ERROR", status: 0, category: "network", retryable: true },
  },
  {
    client: "Vercel AI SDK",
    call: () =>
      generateText({ model: aiModel(`${server.baseUrl}/llm/RATE_LIMIT_EXCEEDED`), prompt: "hi", maxRetries: 0 }),
    read: llmErrorFromThrown,
    expected: llmErrorCatalog.RATE_LIMIT_EXCEEDED,
  },
  {
    client: "Vercel AI SDK",
    call: () =>
      generateText({ model: aiModel(`${server.baseUrl}/llm/TOKEN_LIMIT_EXCEEDED`), prompt: "hi", maxRetries: 0 }),
    read: llmErrorFromThrown,
    expected: llmErrorCatalog.TOKEN_LIMIT_EXCEEDED,
  },
  {
    client: "novita-sdk",
    call: () => novita(`${server.baseUrl}/media/BILLING_FAILED`).txt2Img(txt2img),
    read: mediaErrorFromThrown,
    expected: mediaErrorCatalog.BILLING_FAILED,
  },
  {
    client: "novita-sdk",
    call: () => novita(closedUrl).txt2Img(txt2img),
    read: mediaErrorFromThrown,
    expected: { code: "CONNECTION_ERROR", status: 0, category: "network", retryable: true },
  },
];

const rows = [];
let failures = 0;
try {
  for (const { client, call, read, expected } of cases) {
    const thrown = await thrownBy(call);
    const error = read(thrown);
    const problems = ["code", "status", "category", "retryable"]
      .filter((field) => error?.[field] !== expected[field])
      .map((field) => `${field} ${error?.[field]}`);
    if (error?.cause !== thrown) problems.push("cause lost");
    if (problems.length > 0) failures++;
    const what =
      thrown instanceof Error
        ? thrown.constructor.name
        : `a plain object (code ${/** @type {{ code?: unknown }} */ (thrown)?.code})`;
    rows.push([
      client,
      what,
      error?.name ?? "undefined",
      error?.code ?? "",
      String(error?.status),
      problems.length === 0 ? "ok" : `WRONG: ${problems.join(", ")}`,
    ]);
  }
} finally {
  await server.close();
}

console.log();
printTable(["client", "it threw", "typed error", "code", "status", "check"], rows);
console.log(`\n${rows.length} client failures: ${rows.length - failures} typed as expected, ${failures} wrong.`);
process.exitCode = failures === 0 ? 0 : 1;
