import { cut, maskCredentials, shortString } from "@novita/errors-core/internal";
import { TaskFailedError } from "./generated/code-error-classes.js";

/** The part of a media task result (`GET /v3/async/task-result`) that tells how the task ended. @public */
export interface MediaTaskResult {
  readonly task?: {
    readonly task_id?: string;
    readonly task_type?: string;
    readonly status?: string;
    readonly reason?: string;
  };
}

const MAX_REASON_CHARS = 1024;

/**
 * The platform's media calls are asynchronous: a task is created, then polled.
 * Gives a `TaskFailedError` when the polled result says the task failed
 * (`task.status` is `TASK_STATUS_FAILED`), carrying the task id, type and the
 * platform's reason in `metadata` (`taskId`, `taskType`, `reason`) and in its
 * message; `undefined` for any other result (or one whose fields cannot be read).
 * Never throws. Ids and the task type longer than 256 characters are dropped,
 * the reason is cut to 1,024 characters; credentials they echo are masked.
 *
 * @param result - the parsed body of the task-result call
 * @param requestId - the request id of the polling call, if you have it
 *
 * @example
 * ```ts
 * const result = await (await fetch(`${base}/v3/async/task-result?task_id=${id}`, { headers })).json();
 * const failure = taskFailedErrorFromResult(result);
 * if (failure) throw failure; // TaskFailedError: Task 9f1c… failed: no face detected
 * ```
 *
 * @public
 */
export function taskFailedErrorFromResult(result: unknown, requestId?: string): TaskFailedError | undefined {
  let task: MediaTaskResult["task"];
  try {
    task = typeof result === "object" && result !== null ? (result as MediaTaskResult).task : undefined;
    if (typeof task !== "object" || task === null || task.status !== "TASK_STATUS_FAILED") return undefined;
    const metadata: Record<string, string> = {};
    // Ids and types are identifiers: one past the bound is no id, so it is dropped rather than cut.
    const taskId = shortString(task.task_id);
    const taskType = shortString(task.task_type);
    const reason =
      typeof task.reason === "string" && task.reason !== ""
        ? maskCredentials(cut(task.reason, MAX_REASON_CHARS))
        : undefined;
    if (taskId !== undefined) metadata.taskId = taskId;
    if (taskType !== undefined) metadata.taskType = taskType;
    if (reason !== undefined) metadata.reason = reason;
    const message = `Task ${taskId ?? "(unknown id)"} failed${reason === undefined ? "" : `: ${reason}`}`;
    return new TaskFailedError({ message, metadata, requestId: shortString(requestId) });
  } catch {
    // A result whose getters throw (a Proxy, a revoked Proxy): it said nothing readable.
    return undefined;
  }
}
