// The cost a failed request pays for llmErrorFromResponse, over a local server
// on 127.0.0.1: fetch and read the body as text, against fetch and build the
// typed error (which reads the body through its stream, bounded).
import { createServer } from "node:http";
import { llmErrorFromResponse } from "@novita/errors-llm";
import { body } from "./parse.mjs";

export async function startServer() {
  const server = createServer((_request, response) => {
    response.writeHead(429, { "content-type": "application/json", "retry-after": "2", "x-request-id": "req-local" });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}/v3/openai/chat/completions`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The same over an in-memory Response: the overhead alone, without the network's noise. */
export const inMemory = {
  text: async () => new Response(body, { status: 429, headers: { "retry-after": "2" } }).text(),
  typed: async () => llmErrorFromResponse(new Response(body, { status: 429, headers: { "retry-after": "2" } })),
};

export function requests(url) {
  return {
    text: async () => (await fetch(url)).text(),
    typed: async () => llmErrorFromResponse(await fetch(url)),
  };
}
