import { readBodyShape } from "./body-shape.js";
import { cut } from "./bounds.js";
import { type ClientErrorCode, clientErrorCatalog } from "./client-error-codes.js";
import { isObject, type Loose } from "./loose-object.js";
import { isErrorStatus } from "./status-fallback.js";
import type { WireErrorInput } from "./wire-error-info.js";
import type { WireErrorSource } from "./wire-error-source.js";

/** How far down a chain of causes (or of a RetryError's last errors) a failure is looked for. */
const MAX_DEPTH = 6;

/** `value` and its causes, outermost first: at most `MAX_DEPTH` of them, so a cycle ends. */
function causesOf(value: unknown): Loose[] {
  const chain: Loose[] = [];
  for (let level = value; isObject(level) && chain.length < MAX_DEPTH; level = level.cause) chain.push(level);
  return chain;
}

/**
 * What a `catch` caught, as wire input, read by shape with no dependency on
 * any client; `undefined` when it is no failure of an HTTP call (a bug of the
 * caller's own code, anything unreadable). The thrown value is kept as the
 * cause. `unread` says that a response was there whose body was not read (a
 * thrown Fetch `Response`, ky 1's `HTTPError`).
 *
 * Answered: the `openai` SDK's `APIError` (6: `error` is the body's `error`
 * member or the raw text is in its message; 7: `error` is the whole body; its
 * stream `event: error` errors have no status) and LangChain's errors built on
 * it; the AI SDK's `APICallError`, `RetryError` and the `TypeValidationError`
 * its streams report for an error frame; the `novita-sdk`'s thrown object;
 * axios, ky and ofetch errors; a thrown `Response`. Failures without an
 * answer become a client-side code: see `noAnswerCode`.
 *
 * Never throws.
 *
 * @internal
 */
export function readThrownError(thrown: unknown): (WireErrorSource & { readonly unread?: boolean }) | undefined {
  try {
    let value = thrown;
    // The AI SDK's RetryError (`lastError`, `errors`): the last attempt tells.
    for (let depth = 0; isObject(value) && Array.isArray(value.errors) && "lastError" in value; depth++) {
      if (depth === MAX_DEPTH) return undefined;
      value = value.lastError;
    }
    // An answer, on the value or down its causes (an error of the caller's that wraps the client's).
    for (const level of causesOf(value)) {
      const input = readAnswered(level);
      if (input !== undefined) return { ...input, cause: thrown };
    }
    const code = noAnswerCode(value);
    return code === undefined ? undefined : { input: noAnswerInput(code, value as Loose), cause: thrown };
  } catch {
    // A hostile value (a throwing getter, a revoked Proxy): nothing of it can be trusted.
    return undefined;
  }
}

/** A failure that got an answer: its status, headers and body, as each client keeps them. */
function readAnswered(value: Loose): { input: WireErrorInput; unread?: boolean } | undefined {
  const response = value.response;
  if (isObject(response) && isErrorStatus(response.status)) {
    // axios (`response.data`), ky 2 and ofetch (`data`: the parsed body; the response's is consumed).
    const body = value.data ?? response.data ?? response._data;
    return {
      input: { status: response.status, headers: response.headers, body },
      unread: body === undefined && response.bodyUsed === false,
    };
  }
  const status = value.status;
  if (isErrorStatus(status) && typeof value.text === "function" && isObject(value.headers)) {
    // A Fetch Response thrown as it is: its body cannot be read without waiting.
    return { input: { status, headers: value.headers }, unread: true };
  }
  if (isErrorStatus(value.statusCode)) {
    // The AI SDK's APICallError: `responseBody` is the text received.
    return { input: { status: value.statusCode, headers: value.responseHeaders, body: value.responseBody } };
  }
  if (typeof value.code === "number" && "msg" in value && "reason" in value) return readNovitaSdkError(value);
  if (value.name === "AI_TypeValidationError") {
    // An AI SDK stream's error frame: the platform body, refused by the SDK's chunk schema.
    return readBodyShape(value.value).format === "json" ? undefined : { input: { body: value.value } };
  }
  const inner = value.error;
  if (typeof value.message === "string" && (isErrorStatus(status) || isObject(inner))) {
    return { input: { status: status as number | undefined, headers: value.headers, body: openaiBody(value, inner) } };
  }
  return undefined;
}

/**
 * The body an `openai` SDK `APIError` holds: in 7 `error` is the whole body
 * (the platform's, `reason` included); in 6 it is the body's `error` member,
 * and a body without one is lost but for non-JSON text, which it puts in its
 * message after the status.
 */
function openaiBody(value: Loose, inner: unknown): unknown {
  if (isObject(inner)) {
    const whole = "error" in inner || "reason" in inner;
    return whole ? inner : { error: inner };
  }
  if (inner != null) return inner;
  const prefix = `${value.status} `;
  const message = `${value.message}`;
  const text = message.startsWith(prefix) ? message.slice(prefix.length) : "";
  return text === "status code (no body)" ? undefined : text || undefined;
}

/**
 * The official `novita-sdk`'s thrown object, which is not an `Error`: `code`
 * is the status (`-10` no connection, `-11` cancelled, `-1` no API key, which
 * is no call at all), `msg`, `reason`, `metadata`, and the axios error under `error`.
 */
function readNovitaSdkError(value: Loose): { input: WireErrorInput } | undefined {
  const code = value.code as number;
  const axios = value.error;
  const response = isObject(axios) && isObject(axios.response) ? axios.response : undefined;
  if (isErrorStatus(code)) {
    // Without a reason (an HTML page, a text body), the body itself says more than its fields.
    const body =
      value.reason || response === undefined
        ? { code, reason: value.reason || undefined, message: value.msg, metadata: value.metadata }
        : response.data;
    return { input: { status: code, headers: response?.headers, body } };
  }
  if (code === -11) return { input: noAnswerInput("ABORTED", value) };
  if (code === -10) return { input: noAnswerInput(noAnswerCode(axios) ?? "CONNECTION_ERROR", value) };
  return undefined;
}

const TIMEOUT_CODES = /* @__PURE__ */ new Set([
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  // axios's own timeout (without `transitional.clarifyTimeoutError`).
  "ECONNABORTED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
]);

const CONNECTION_CODES = /* @__PURE__ */ new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EPROTO",
  "ERR_NETWORK",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
]);

// What runtimes and clients say when no connection could be made, word for
// word: Node's and undici's fetch, browsers (Chrome, Firefox, Safari), React
// Native, the openai SDK (its class names are lost to minifiers, its messages are not).
const CONNECTION_MESSAGES = /* @__PURE__ */ new Set([
  "fetch failed",
  "terminated",
  "Failed to fetch",
  "NetworkError when attempting to fetch resource.",
  "Load failed",
  "Network request failed",
  "Connection error.",
]);

/**
 * Which failure without an answer `value` is, looking down its chain of
 * causes: a deadline (`TIMEOUT`) before a cancel (`ABORTED`, since clients
 * implement deadlines with an abort) before a failed connection
 * (`CONNECTION_ERROR`); `undefined` when nothing in the chain says any.
 */
function noAnswerCode(value: unknown): ClientErrorCode | undefined {
  const chain = causesOf(value);
  const says = (test: (level: Loose, kind: string, code: unknown, message: unknown) => boolean) =>
    chain.some((level) => test(level, `${level.name}|${level.constructor?.name}`, level.code, level.message));
  if (
    says(
      (level, kind, code, message) =>
        /TimeoutError|APIConnectionTimeoutError/.test(kind) ||
        TIMEOUT_CODES.has(code as string) ||
        message === "Request timed out." ||
        // axios keeps the signal: an `AbortSignal.timeout`'s reason tells a deadline from a cancel.
        (isObject(level.config) && isObject(level.config.signal) && isTimeoutReason(level.config.signal.reason)),
    )
  ) {
    return "TIMEOUT";
  }
  if (
    says(
      (_, kind, code, message) =>
        /AbortError|CanceledError|APIUserAbortError/.test(kind) ||
        code === "ERR_CANCELED" ||
        code === "UND_ERR_ABORTED" ||
        message === "Request was aborted.",
    )
  ) {
    return "ABORTED";
  }
  if (
    says(
      (_, kind, code, message) =>
        /NetworkError|APIConnectionError/.test(kind) ||
        (typeof code === "string" &&
          (/^(?:ECONN|ERR_TLS|ERR_SSL|UND_ERR_)/.test(code) || CONNECTION_CODES.has(code))) ||
        CONNECTION_MESSAGES.has(message as string) ||
        // The AI SDK's APICallError without a status.
        (typeof message === "string" && message.startsWith("Cannot connect to API")),
    )
  ) {
    return "CONNECTION_ERROR";
  }
  return undefined;
}

function isTimeoutReason(reason: unknown): boolean {
  return isObject(reason) && reason.name === "TimeoutError";
}

/**
 * The wire input of a failure without an answer: a body of its client-side
 * code, with a message that says what happened and what the client said.
 */
function noAnswerInput(code: ClientErrorCode, value: Loose): WireErrorInput {
  let detail = typeof value.message === "string" ? value.message : typeof value.msg === "string" ? value.msg : "";
  // The system's code, down the chain (ECONNREFUSED, ENOTFOUND, UND_ERR_CONNECT_TIMEOUT…).
  const system = causesOf(value).find(({ code }) => typeof code === "string" && /^[A-Z_]{2,64}$/.test(code))?.code;
  if (typeof system === "string" && !detail.includes(system)) detail += `${detail ? ", " : ""}${system}`;
  const description = clientErrorCatalog[code].description;
  return { body: { reason: code, message: detail ? `${description}: ${cut(detail, 512)}` : description } };
}
