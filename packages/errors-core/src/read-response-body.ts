/** The parts of a Fetch `Response` that reading an error needs. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: unknown;
  readonly body?: ReadableStream<Uint8Array> | null;
  readonly bodyUsed?: boolean;
}

/** Bounds on reading an error response's body. */
export interface ReadResponseOptions {
  /** At most this many bytes of the body are read (default 64 KiB); the rest is cancelled. */
  readonly maxBytes?: number | undefined;
  /** Reading stops after this many milliseconds (default 1000), whatever was read by then. */
  readonly timeoutMs?: number | undefined;
}

/** What reading the body gave: its text (a prefix, perhaps), or why there is none. */
export interface ResponseBodyPrefix {
  readonly text: string | undefined;
  /** Why the text is partial or missing, when it is. */
  readonly issue?: "consumed" | "truncated" | "timeout" | "failed";
}

const DEFAULT_MAX_BYTES = 65536;
const DEFAULT_TIMEOUT_MS = 1000;

/**
 * Reads at most a bounded prefix of a response's body through its stream,
 * within a time bound, then cancels the rest. Never throws and never hangs:
 * a body that trickles forever, a huge body or a body already consumed all
 * settle within the bounds.
 *
 * Exported for the domain packages; applications use `xxxErrorFromResponse`.
 */
export async function readResponseBody(
  response: ResponseLike,
  options?: ReadResponseOptions,
): Promise<ResponseBodyPrefix> {
  const maxBytes = positive(options?.maxBytes, DEFAULT_MAX_BYTES);
  const timeoutMs = positive(options?.timeoutMs, DEFAULT_TIMEOUT_MS);
  let stream: ReadableStream<Uint8Array> | null | undefined;
  try {
    if (response.bodyUsed === true) return { text: undefined, issue: "consumed" };
    stream = response.body;
  } catch {
    return { text: undefined, issue: "failed" };
  }
  if (stream === null || stream === undefined) return { text: "" };

  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader();
  } catch {
    return { text: undefined, issue: "consumed" };
  }

  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  let issue: ResponseBodyPrefix["issue"];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === "timeout") {
        issue = "timeout";
        break;
      }
      if (next.done) break;
      const chunk = next.value;
      if (!(chunk instanceof Uint8Array)) continue;
      const room = maxBytes - bytes;
      if (chunk.byteLength >= room) {
        text += decoder.decode(chunk.subarray(0, room), { stream: true });
        bytes = maxBytes;
        issue = "truncated";
        break;
      }
      text += decoder.decode(chunk, { stream: true });
      bytes += chunk.byteLength;
    }
  } catch {
    issue = "failed";
  } finally {
    clearTimeout(timer);
  }
  text += decoder.decode();
  if (issue !== undefined) {
    // Not awaited: a stalled source may never acknowledge the cancel.
    reader.cancel().catch(() => {});
  }
  return issue === undefined ? { text } : { text, issue };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === "number" && value > 0 && Number.isFinite(value) ? value : fallback;
}
