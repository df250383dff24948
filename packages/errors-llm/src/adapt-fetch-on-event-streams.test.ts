// adaptFetchForOpenAI on an event stream: the events pass on as they came, and the first
// error event fails the stream with its typed error, wherever the chunks split it.
import { describe, expect, it } from "vitest";
import { adaptFetchForOpenAI, LlmError, RateLimitExceededError } from "./index.js";

const chunk = (content: string) =>
  `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content } }] })}\n\n`;
const platformFrame = `data: ${JSON.stringify({ code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "slow down" })}\n\n`;

/** A 200 event stream whose body arrives in the given pieces. */
function eventStream(pieces: string[], contentType = "text/event-stream; charset=utf-8"): Response {
  const bytes = new TextEncoder().encode(pieces.join(""));
  // Cut the same bytes where the pieces end, so that a piece boundary can fall inside a character.
  const cuts: number[] = [];
  for (const piece of pieces) cuts.push((cuts.at(-1) ?? 0) + new TextEncoder().encode(piece).length);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let start = 0;
      for (const end of cuts) {
        controller.enqueue(bytes.slice(start, end));
        start = end;
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": contentType, "x-request-id": "req-s" } });
}

/** What reading the adapted stream to its end gives: the text that passed, and what it failed with. */
async function drain(response: Response): Promise<{ text: string; failure: unknown }> {
  const adapted = await adaptFetchForOpenAI(async () => response)("https://example.test/v1/chat/completions");
  const reader = (adapted.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read())
      text += decoder.decode(read.value, { stream: true });
  } catch (failure) {
    return { text, failure };
  }
  return { text, failure: undefined };
}

describe("adaptFetchForOpenAI on an event stream", () => {
  it("should pass the events before an error frame, then fail with its typed error", async () => {
    const { text, failure } = await drain(eventStream([chunk("he"), chunk("llo"), platformFrame, chunk("never")]));
    expect(text).toBe(chunk("he") + chunk("llo"));
    expect(failure).toBeInstanceOf(RateLimitExceededError);
    expect([(failure as LlmError).status, (failure as LlmError).message, (failure as LlmError).requestId]).toEqual([
      429,
      "slow down",
      "req-s",
    ]);
  });

  it("should find the frame wherever the chunks split it, with any line ending", async () => {
    const whole = chunk("hé") + platformFrame;
    for (const text of [whole, whole.replaceAll("\n", "\r\n"), whole.replaceAll("\n", "\r")]) {
      for (let at = 1; at < text.length; at += 7) {
        const { failure } = await drain(eventStream([text.slice(0, at), text.slice(at)]));
        expect(failure, `split at ${at}`).toBeInstanceOf(RateLimitExceededError);
      }
    }
  });

  it("should fail on an `event: error` whatever its data, and on an OpenAI-shaped error", async () => {
    const named = await drain(eventStream([chunk("he"), "event: error\ndata: upstream overloaded\n\n"]));
    expect(named.failure).toBeInstanceOf(LlmError);
    const openaiShaped = `data: ${JSON.stringify({ error: { message: "slow", code: "RATE_LIMIT_EXCEEDED", type: null } })}\n\n`;
    expect((await drain(eventStream([openaiShaped]))).failure).toBeInstanceOf(RateLimitExceededError);
  });

  it("should fail on an error frame that the stream ends without a blank line after", async () => {
    const { text, failure } = await drain(eventStream([chunk("he"), platformFrame.trimEnd()]));
    expect([text, failure instanceof RateLimitExceededError]).toEqual([chunk("he"), true]);
  });

  it("should pass every other event untouched, to the end", async () => {
    const events = [chunk("he"), ": a comment\n\n", "event: ping\ndata: {}\n\n", chunk("llo"), "data: [DONE]\n\n"];
    expect(await drain(eventStream(events))).toEqual({ text: events.join(""), failure: undefined });
  });

  it("should pass an event longer than 1 MiB on unread", async () => {
    const long = `data: ${JSON.stringify({ reason: "RATE_LIMIT_EXCEEDED", pad: "x".repeat(1_100_000) })}\n\n`;
    const { text, failure } = await drain(eventStream([long.slice(0, 1_050_000), long.slice(1_050_000)]));
    expect([text.length, failure]).toEqual([long.length, undefined]);
  });

  it("should hand back a response that is no event stream as it is", async () => {
    const json = new Response("{}", { headers: { "content-type": "application/json" } });
    expect(await adaptFetchForOpenAI(async () => json)("https://example.test")).toBe(json);
  });
});
