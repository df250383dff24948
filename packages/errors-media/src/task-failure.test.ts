import { describe, expect, it } from "vitest";
import { isMediaError, MediaError, TaskFailedError, taskFailedErrorFromResult } from "./index.js";

describe("taskFailedErrorFromResult", () => {
  it("should give a TaskFailedError carrying the task id, type and reason", () => {
    const error = taskFailedErrorFromResult(
      {
        task: { task_id: "t-1", task_type: "TXT_TO_IMG", status: "TASK_STATUS_FAILED", reason: "no face detected" },
        images: [],
      },
      "req-5",
    );
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toBeInstanceOf(MediaError);
    expect(isMediaError(error, "TASK_FAILED")).toBe(true);
    expect(error?.message).toBe("Task t-1 failed: no face detected");
    expect(error?.metadata).toEqual({ taskId: "t-1", taskType: "TXT_TO_IMG", reason: "no face detected" });
    expect(error?.status).toBe(500);
    expect(error?.retryable).toBe(false);
    expect(error?.requestId).toBe("req-5");
  });

  it("should give nothing for a task that succeeded or is still running", () => {
    for (const status of ["TASK_STATUS_SUCCEED", "TASK_STATUS_QUEUED", "TASK_STATUS_PROCESSING", undefined]) {
      expect(taskFailedErrorFromResult({ task: { task_id: "t", status } })).toBeUndefined();
    }
  });

  it("should never throw on a malformed result", () => {
    for (const result of [
      undefined,
      null,
      "x",
      1,
      [],
      { task: null },
      { task: "x" },
      { task: { status: "TASK_STATUS_FAILED", reason: 5 } },
    ]) {
      expect(() => taskFailedErrorFromResult(result)).not.toThrow();
    }
    expect(taskFailedErrorFromResult({ task: { status: "TASK_STATUS_FAILED" } })?.message).toBe(
      "Task (unknown id) failed",
    );
  });
});

describe("taskFailedErrorFromResult on hostile results", () => {
  it("should answer undefined, never throw, for results whose reads throw", () => {
    const trap = (): never => {
      throw new Error("trap");
    };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const result of [
      new Proxy({}, { get: trap }),
      revocable.proxy,
      { task: new Proxy({}, { get: trap }) },
      Object.defineProperty({}, "task", { get: trap }),
      { task: Object.defineProperty({ status: "TASK_STATUS_FAILED" }, "reason", { get: trap }) },
    ]) {
      expect(taskFailedErrorFromResult(result)).toBeUndefined();
    }
  });

  it("should bound what it keeps of huge fields", () => {
    const huge = "x".repeat(5_000_000);
    const error = taskFailedErrorFromResult(
      { task: { task_id: huge, task_type: huge, status: "TASK_STATUS_FAILED", reason: huge } },
      huge,
    );
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error?.requestId).toBeUndefined();
    expect(error?.metadata).toEqual({ reason: "x".repeat(1024) });
    expect(error?.message).toBe(`Task (unknown id) failed: ${"x".repeat(1024)}`);
    expect(JSON.stringify(error).length).toBeLessThan(4096);
  });
});
