import { llmErrorFromThrown, parseLlmError } from "./generated/parse-llm-error.js";
import { isErrorBody, isObject } from "./internal/error-body.js";

/**
 * The typed error a stream's chunk stands for, or `undefined` for any other chunk (passed on):
 * - the `openai` SDK yields the platform's error frame (`data: {"code":429,"reason":…}`)
 *   as a chunk without `choices` and without a `type`, or an OpenAI-shaped `{ error: {…} }` one;
 * - the Vercel AI SDK's `fullStream` yields `{ type: "error", error }` (Mastra's
 *   `{ type: "error", payload: { error } }`), whose error (an
 *   `APICallError`, the `TypeValidationError` that holds a platform frame, the caller's cancel:
 *   `ABORTED`) is read by `llmErrorFromThrown`, and otherwise thrown as it is. Its other parts
 *   (`tool-error`, `tool-approval-request`, `abort`, …) are the caller's own business: passed on.
 */
function errorOfChunk(chunk: unknown): unknown {
  try {
    if (!isObject(chunk)) return undefined;
    const type = chunk.type;
    if (typeof type === "string") {
      if (type !== "error") return undefined;
      // Mastra's `fullStream` puts the error under `payload`.
      const holder =
        "error" in chunk ? chunk : isObject(chunk.payload) && "error" in chunk.payload ? chunk.payload : undefined;
      return holder === undefined ? undefined : (llmErrorFromThrown(holder.error) ?? holder.error);
    }
    if (isErrorBody(chunk)) return parseLlmError(chunk);
  } catch {
    // A chunk whose getters throw is no error frame of ours: passed on as it is.
  }
  return undefined;
}

/**
 * Passes a stream's chunks through, and throws the typed error of an error
 * frame inside it: the one line that makes a stream fail as a call does. For
 * the `openai` SDK's streams (an error frame arrives as a chunk without
 * `choices`; an `event: error` makes the SDK throw, and that is turned into
 * the typed error too), the Vercel AI SDK's `fullStream` and Mastra's (an error
 * part; a cancel of yours is `ABORTED`; tool errors and approval requests are passed on).
 * Any other error the stream throws is turned by `llmErrorFromThrown`, or
 * rethrown as it is. Every other chunk is passed on untouched, as the stream
 * gave it: never awaited, never read beyond the fields above.
 *
 * @param stream - any async iterable of chunks: an `openai` SDK `Stream`, an AI SDK `fullStream`
 *
 * @example
 * ```ts
 * for await (const chunk of throwLlmStreamErrors(stream)) process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 * ```
 *
 * @public
 */
export function throwLlmStreamErrors<Chunk>(stream: AsyncIterable<Chunk>): AsyncGenerator<Chunk, void, undefined> {
  let source: AsyncIterator<Chunk> | undefined;
  let finished = false;
  const fail = (thrown: unknown): never => {
    finished = true;
    // Also what the stream itself threw (an `event: error`, a connection lost mid-stream).
    throw llmErrorFromThrown(thrown) ?? thrown;
  };
  const stop = async (): Promise<IteratorResult<Chunk, void>> => {
    if (!finished) {
      finished = true;
      await source?.return?.();
    }
    return { value: undefined, done: true };
  };
  // Written out rather than as an `async function*`: its `yield` awaits a chunk that is a
  // thenable (one that never settles would hang the stream, a Proxy would end it).
  const iterator: AsyncGenerator<Chunk, void, undefined> = {
    async next(): Promise<IteratorResult<Chunk, void>> {
      if (finished) return { value: undefined, done: true };
      let result: IteratorResult<Chunk>;
      try {
        source ??= stream[Symbol.asyncIterator]();
        result = await source.next();
      } catch (thrown) {
        return fail(thrown);
      }
      if (result.done) {
        finished = true;
        return { value: undefined, done: true };
      }
      const error = errorOfChunk(result.value);
      if (error !== undefined) {
        await stop().catch(() => {});
        throw error;
      }
      return { value: result.value, done: false };
    },
    return: stop,
    async throw(thrown: unknown): Promise<IteratorResult<Chunk, void>> {
      await stop().catch(() => {});
      throw thrown;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
