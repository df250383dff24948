import { llmErrorFromThrown, parseLlmError } from "./generated/parse-llm-error.js";

type Loose = { readonly [key: string]: unknown };

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}

/**
 * The typed error a stream's chunk stands for, or `undefined` for a chunk of content:
 * - the `openai` SDK yields the platform's error frame (`data: {"code":429,"reason":…}`)
 *   as a chunk without `choices`, or an OpenAI-shaped `{ error: {…} }` one;
 * - the Vercel AI SDK's `fullStream` yields `{ type: "error", error }`, whose error
 *   (an `APICallError`, or the `TypeValidationError` that holds a platform frame) is read
 *   by `llmErrorFromThrown`, and otherwise thrown as it is.
 */
function errorOfChunk(chunk: unknown): unknown {
  try {
    if (!isObject(chunk)) return undefined;
    if (chunk.type === "error" && "error" in chunk) return llmErrorFromThrown(chunk.error) ?? chunk.error;
    if (!("choices" in chunk) && ("reason" in chunk || isObject(chunk.error))) return parseLlmError(chunk);
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
 * the typed error too) and the Vercel AI SDK's `fullStream` (an error part).
 * Any other error the stream throws is turned by `llmErrorFromThrown`, or
 * rethrown as it is.
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
export async function* throwLlmStreamErrors<Chunk>(
  stream: AsyncIterable<Chunk>,
): AsyncGenerator<Chunk, void, undefined> {
  try {
    for await (const chunk of stream) {
      const error = errorOfChunk(chunk);
      if (error !== undefined) throw error;
      yield chunk;
    }
  } catch (thrown) {
    // Also what the stream itself threw (an `event: error`, a connection lost mid-stream).
    throw llmErrorFromThrown(thrown) ?? thrown;
  }
}
