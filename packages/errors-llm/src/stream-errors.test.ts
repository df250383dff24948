// throwLlmStreamErrors turns only a real error frame into an API error: the caller's cancel is
// ABORTED, the AI SDK's other parts (tool errors, approval requests, abort) and any chunk at all
// (a thenable, a Proxy) pass on untouched. Property: any chunk sequence, nothing thrown but a
// frame's typed error, every other chunk passed on as it was, in order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLlmError, LlmError, RateLimitExceededError, throwLlmStreamErrors } from "./index.js";

/** An async iterable over `chunks` that hands each over as it is (an async generator would await thenables). */
function source(chunks: readonly unknown[]): AsyncIterable<unknown> & { returned: boolean } {
  const iterable = {
    returned: false,
    [Symbol.asyncIterator]() {
      let index = 0;
      return {
        next: async () =>
          index < chunks.length ? { value: chunks[index++], done: false } : { value: undefined, done: true },
        return: async () => {
          iterable.returned = true;
          return { value: undefined, done: true };
        },
      };
    },
  };
  return iterable;
}

async function drain(chunks: readonly unknown[]): Promise<{ passed: unknown[]; thrown: unknown; returned: boolean }> {
  const stream = source(chunks);
  const passed: unknown[] = [];
  let thrown: unknown;
  try {
    for await (const chunk of throwLlmStreamErrors(stream)) passed.push(chunk);
  } catch (error) {
    thrown = error;
  }
  return { passed, thrown, returned: stream.returned };
}

const platformFrame = { code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "slow down", metadata: {} };

describe("throwLlmStreamErrors", () => {
  it("should pass the AI SDK's tool errors, approval requests and abort parts on, untouched", async () => {
    const parts = [
      { type: "text-delta", id: "1", text: "he" },
      { type: "tool-error", toolCallId: "c1", toolName: "boom", input: {}, error: new Error("tool broke") },
      { type: "tool-approval-request", approvalId: "a1", toolCall: { toolName: "ask" }, reason: "needs approval" },
      { type: "abort" },
      { type: "finish", finishReason: "stop" },
    ];
    const { passed, thrown } = await drain(parts);
    expect(thrown).toBeUndefined();
    expect(passed).toEqual(parts);
    for (const [index, part] of parts.entries()) expect(passed[index]).toBe(part);
  });

  it("should make the caller's own cancel ABORTED, not a platform error with status 500", async () => {
    const cancel = new DOMException("This operation was aborted", "AbortError");
    const { thrown } = await drain([
      { type: "text-delta", text: "he" },
      { type: "error", error: cancel },
    ]);
    expect(thrown).toBeInstanceOf(LlmError);
    expect([(thrown as LlmError).code, (thrown as LlmError).status, (thrown as LlmError).cause]).toEqual([
      "ABORTED",
      0,
      cancel,
    ]);
  });

  it("should rethrow as it is an error part that is no failed call", async () => {
    const bug = new TypeError("a bug in a callback");
    expect((await drain([{ type: "error", error: bug }])).thrown).toBe(bug);
    expect((await drain([{ type: "error", error: "a string" }])).thrown).toBe("a string");
  });

  it("should turn a platform error frame into the typed error, and close the stream", async () => {
    const { passed, thrown, returned } = await drain([{ choices: [{ delta: { content: "he" } }] }, platformFrame]);
    expect(passed).toHaveLength(1);
    expect(thrown).toBeInstanceOf(RateLimitExceededError);
    expect(returned).toBe(true);
  });

  it("should pass a thenable chunk on without awaiting it, and a Proxy without ending the stream", async () => {
    // biome-ignore lint/suspicious/noThenProperty: a thenable chunk is the case under test
    const neverSettles = { then() {} };
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        has() {
          throw new Error("trap");
        },
      },
    );
    const { passed, thrown } = await drain([neverSettles, hostile, { type: "finish" }]);
    expect(thrown).toBeUndefined();
    expect(passed).toHaveLength(3);
    expect(passed[0] === neverSettles && passed[1] === hostile).toBe(true);
  });

  it("should, for any chunk sequence, throw only a frame's typed error and pass every other chunk on in order", async () => {
    const chunk = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom("text-delta", "tool-error", "tool-approval-request", "abort", "finish"),
        error: fc.anything(),
        reason: fc.string(),
      }),
      fc.record({ choices: fc.array(fc.anything(), { maxLength: 2 }) }),
      // biome-ignore lint/suspicious/noThenProperty: a thenable chunk is one of the cases
      fc.constant({ then() {} }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 8 }), fc.boolean(), async (chunks, withFrame) => {
        const all = withFrame ? [...chunks, platformFrame] : chunks;
        const { passed, thrown } = await drain(all);
        const frames = all.filter((candidate) => {
          try {
            return (
              typeof candidate === "object" &&
              candidate !== null &&
              typeof (candidate as { type?: unknown }).type !== "string" &&
              !("choices" in candidate) &&
              (typeof (candidate as { reason?: unknown }).reason === "string" ||
                (typeof (candidate as { error?: unknown }).error === "object" &&
                  (candidate as { error?: unknown }).error !== null))
            );
          } catch {
            return false;
          }
        });
        if (frames.length === 0) {
          expect(thrown).toBeUndefined();
          expect(passed.length).toBe(all.length);
          for (const [index, value] of passed.entries()) expect(Object.is(value, all[index])).toBe(true);
        } else {
          expect(isLlmError(thrown)).toBe(true);
          const first = all.indexOf(frames[0]);
          expect(passed.length).toBe(first);
        }
      }),
      { numRuns: 300 },
    );
  });
});
