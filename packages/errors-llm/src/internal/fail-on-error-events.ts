// Not exported: what adaptFetchForOpenAI does to an event stream (see its TSDoc).
import { MAX_PARSED_TEXT } from "@novita/errors-core";
import type { LlmError } from "../generated/llm-error.js";
import { parseLlmError } from "../generated/parse-llm-error.js";
import { isErrorBody } from "./error-body.js";

// The end of an event: a blank line, in any of the three line endings the spec allows.
const EVENT_END = /\r\n\r\n|\n\n|\r\r/;

/**
 * The typed error an event of an event stream stands for, or `undefined`: an
 * `event: error`, or a `data:` that holds the platform's error body
 * (`{code, reason, message}`) or an OpenAI-shaped `{ error: {…} }` without
 * `choices`. Its status is the body's code (the response said 200).
 */
function errorOfEvent(event: string, headers: Headers): LlmError | undefined {
  let named = false;
  const data: string[] = [];
  for (const line of event.split(/\r\n|\n|\r/)) {
    if (line === "event: error" || line === "event:error") named = true;
    else if (line.startsWith("data:")) data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
  }
  const text = data.join("\n");
  if (named) return parseLlmError({ body: text, headers });
  if (!text.startsWith("{")) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isErrorBody(body) ? parseLlmError({ body, headers }) : undefined;
}

/**
 * The body of an event stream, passed on event by event, that fails with the
 * typed error of the first error event instead of passing it on: the events
 * before it arrive, nothing after it does. An event longer than
 * `MAX_PARSED_TEXT` is passed on unread.
 */
export function failOnErrorEvents(body: ReadableStream<Uint8Array>, headers: Headers): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = "";
  let failed = false;
  const pass = (controller: TransformStreamDefaultController<Uint8Array>, flush: boolean) => {
    let good = "";
    const next = (event: string): boolean => {
      const error = errorOfEvent(event, headers);
      if (error === undefined) {
        good += event;
        return true;
      }
      if (good !== "") controller.enqueue(encoder.encode(good));
      failed = true;
      controller.error(error);
      return false;
    };
    for (let end = pending.search(EVENT_END); end !== -1; end = pending.search(EVENT_END)) {
      const length = end + (pending.startsWith("\r\n", end) ? 4 : 2);
      const event = pending.slice(0, length);
      pending = pending.slice(length);
      if (!next(event)) return;
    }
    // The last event, unended; or one too long to be an error body, passed on unread.
    if (flush && !next(pending)) return;
    if (flush || pending.length > MAX_PARSED_TEXT) {
      if (!flush) good += pending;
      pending = "";
    }
    if (good !== "") controller.enqueue(encoder.encode(good));
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (failed) return;
        pending += decoder.decode(chunk, { stream: true });
        pass(controller, false);
      },
      flush(controller) {
        if (failed) return;
        pending += decoder.decode();
        pass(controller, true);
      },
    }),
  );
}
