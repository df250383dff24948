import { cut } from "./bounds.js";

/**
 * The parts of a Fetch `Response` that reading an error needs. A body may be a
 * web `ReadableStream`, any async iterable of chunks (a Node `Readable`, as
 * node-fetch 2 gives), or missing with a `text()` method in its place.
 *
 * @public
 */
export interface ResponseLike {
  /** The HTTP status. */
  readonly status: number;
  /** The headers: a Fetch `Headers`, a `Map`, or a plain object. */
  readonly headers: unknown;
  /** The body: a `ReadableStream`, an async iterable of chunks (bytes or text), or null. */
  readonly body?: unknown;
  /** Whether the body was read already (then it is not read again). */
  readonly bodyUsed?: boolean;
  /** The whole body as text: used only when there is no body stream. */
  text?(): Promise<string>;
}

/** Bounds on reading an error response's body. @public */
export interface ReadResponseOptions {
  /** At most this many bytes of the body are read (default 64 KiB); the rest is cancelled. */
  readonly maxBytes?: number | undefined;
  /**
   * Reading stops after this many milliseconds (default 1000, at most 2^31−1, the
   * longest timer delay), whatever was read by then.
   */
  readonly timeoutMs?: number | undefined;
}

/** What reading the body gave: its text (maybe a prefix), or why none. @internal */
export interface ResponseBodyPrefix {
  readonly text: string | undefined;
  /** Why the text is partial or missing. */
  readonly issue?: "consumed" | "truncated" | "timeout" | "failed";
}

const DEFAULT_MAX_BYTES = 65536;
const DEFAULT_TIMEOUT_MS = 1000;
// Beyond this, timers fire at once (with a warning in Node): the longest delay a timer takes.
const MAX_TIMEOUT_MS = 2_147_483_647;
const TIMEOUT = Symbol("timeout");

/** A body as a sequence of chunks: a stream's reader or an async iterator. */
interface ChunkSource {
  next(): unknown;
  stop(): unknown;
}

/** The chunks of a body, whatever carries them; `undefined` when it has none to give. */
function chunkSource(body: object): ChunkSource | undefined {
  const stream = body as { getReader?: () => { read(): unknown; cancel(): unknown } };
  if (typeof stream.getReader === "function") {
    const reader = stream.getReader();
    return { next: () => reader.read(), stop: () => reader.cancel() };
  }
  const iterate = (body as { [Symbol.asyncIterator]?: () => { next(): unknown; return?(): unknown } })[
    Symbol.asyncIterator
  ];
  if (typeof iterate === "function") {
    const iterator = iterate.call(body);
    return { next: () => iterator.next(), stop: () => iterator.return?.() };
  }
  return undefined;
}

/**
 * A chunk as bytes or text. Checked by internal slots, not `instanceof`, so
 * that chunks made in another realm (a `node:vm` context, a test runner's
 * sandbox) are read too.
 */
function chunkContent(chunk: unknown): Uint8Array | string | undefined {
  if (typeof chunk === "string") return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (Object.prototype.toString.call(chunk) === "[object ArrayBuffer]") return new Uint8Array(chunk as ArrayBuffer);
  return undefined;
}

/** Cancels the rest of a body without waiting, whatever the cancel does (throws, returns anything). */
function stopQuietly(source: ChunkSource): void {
  try {
    // Not awaited: a stalled source may never acknowledge the cancel.
    Promise.resolve(source.stop()).catch(() => {});
  } catch {
    // A cancel that throws: nothing more to do.
  }
}

/**
 * Reads a bounded prefix of a response's body within a time bound, then cancels the rest. Never
 * throws, never hangs (a body that trickles or never ends, a huge or consumed one). For the domain
 * packages; applications use `xxxErrorFromResponse`. @internal
 */
export async function readResponseBody(
  response: ResponseLike,
  options?: ReadResponseOptions,
): Promise<ResponseBodyPrefix> {
  const maxBytes = positive(options?.maxBytes, DEFAULT_MAX_BYTES);
  const timeoutMs = Math.min(positive(options?.timeoutMs, DEFAULT_TIMEOUT_MS), MAX_TIMEOUT_MS);
  // Checked on every chunk as well as by the timer: a source that answers at
  // once forever never lets a timer run.
  const end = Date.now() + timeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), timeoutMs);
  });
  let source: ChunkSource | undefined;
  let text = "";
  let issue: ResponseBodyPrefix["issue"];
  try {
    if (response.bodyUsed === true) return { text: undefined, issue: "consumed" };
    const body = response.body;
    if (typeof body === "object" && body !== null) {
      try {
        source = chunkSource(body);
      } catch {
        // A stream locked by another reader: its content is not ours to read.
        return { text: undefined, issue: "consumed" };
      }
    }
    if (source === undefined) {
      // No stream: a response-like that only offers its text, or one without a body.
      if (typeof response.text !== "function") return { text: "" };
      const whole = await Promise.race([response.text(), deadline]);
      if (whole === TIMEOUT) return { text: "", issue: "timeout" };
      const full = `${whole ?? ""}`;
      return full.length > maxBytes ? { text: cut(full, maxBytes), issue: "truncated" } : { text: full };
    }
    const decoder = new TextDecoder();
    let bytes = 0;
    for (;;) {
      const next = await Promise.race([source.next(), deadline]);
      if (next === TIMEOUT) {
        issue = "timeout";
        break;
      }
      const { done, value } = next as IteratorResult<unknown>;
      if (done === true) break;
      const content = chunkContent(value);
      const room = maxBytes - bytes;
      if (typeof content === "string") {
        text += cut(content, room);
        bytes += content.length;
      } else if (content !== undefined) {
        text += decoder.decode(content.byteLength > room ? content.subarray(0, room) : content, { stream: true });
        bytes += content.byteLength;
      }
      if (bytes >= maxBytes) {
        issue = "truncated";
        break;
      }
      if (Date.now() >= end) {
        issue = "timeout";
        break;
      }
    }
    text += decoder.decode();
  } catch {
    issue = "failed";
  } finally {
    clearTimeout(timer);
  }
  if (issue !== undefined && source !== undefined) stopQuietly(source);
  return issue === undefined ? { text } : { text, issue };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === "number" && value > 0 && Number.isFinite(value) ? value : fallback;
}
