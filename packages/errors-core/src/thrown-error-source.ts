import { readBodyShape } from "./body-shape.js";
import { cut, MAX_SCANNED } from "./bounds.js";
import { type ClientErrorCode, clientErrorCatalog } from "./client-error-codes.js";
import { isObject, type Loose } from "./loose-object.js";
import { isErrorStatus } from "./status-fallback.js";
import type { ThrownErrorOptions } from "./thrown-error-options.js";
import type { WireErrorInput } from "./wire-error-info.js";
import type { WireErrorSource } from "./wire-error-source.js";

/** How far down a chain of causes (or of a RetryError's last errors) a failure is looked for. */
const MAX_DEPTH = 6;

/** The most bytes of a body given as bytes (got's `buffer`, `rawBody`) that are decoded: 1 MiB. */
const MAX_DECODED_BYTES = 1_048_576;

/** `value` and its causes, outermost first: at most `MAX_DEPTH` of them, so a cycle ends. @internal */
export function causesOf(value: unknown): Loose[] {
  const chain: Loose[] = [];
  for (let level = value; isObject(level) && chain.length < MAX_DEPTH; level = level.cause) chain.push(level);
  return chain;
}

// Effect's `runPromise` rejects with a `FiberFailure` that keeps the failure's `Cause` under this key.
const FIBER_FAILURE_CAUSE = /* @__PURE__ */ Symbol.for("effect/Runtime/FiberFailure/Cause");
// The AI SDK marks each of its errors so, across copies of the package.
const AI_SDK_CALL_ERROR = /* @__PURE__ */ Symbol.for("vercel.ai.error.AI_APICallError");
// What an interrupted fiber is read as: a cancel.
const INTERRUPTED = { name: "AbortError", message: "The fiber was interrupted" };

/**
 * The failure inside the containers that hold one: the AI SDK's `RetryError`
 * (`lastError`, `errors`: the last attempt tells) and Effect's `FiberFailure`
 * (see `failureOfCause`). At most `MAX_DEPTH` deep.
 *
 * @internal
 */
export function unwrapContainers(thrown: unknown): unknown {
  let value = thrown;
  try {
    for (let depth = 0; isObject(value); depth++) {
      if (depth === MAX_DEPTH) return undefined;
      if (Array.isArray(value.errors) && "lastError" in value) {
        value = value.lastError;
        continue;
      }
      const cause = (value as Record<symbol, unknown>)[FIBER_FAILURE_CAUSE];
      if (!isObject(cause)) return value;
      value = failureOfCause(cause);
    }
  } catch {
    // A hostile container (a throwing getter, a revoked Proxy): nothing inside it is read.
    return undefined;
  }
  return value;
}

/**
 * What an Effect `Cause` (a tree of `Sequential` and `Parallel` nodes) failed
 * with: the first `Fail`'s error, else the first `Die`'s defect or interrupt (a
 * cancel). At most `MAX_SCANNED` nodes.
 */
function failureOfCause(root: Loose): unknown {
  const nodes: unknown[] = [root];
  let found: unknown;
  for (let index = 0; index < nodes.length && index < MAX_SCANNED; index++) {
    const node = nodes[index];
    if (!isObject(node)) continue;
    if (node._tag === "Fail") return node.error;
    found ??= node._tag === "Die" ? node.defect : node._tag === "Interrupt" ? INTERRUPTED : undefined;
    nodes.push(node.left, node.right);
  }
  return found;
}

/**
 * What a `catch` caught, as wire input, read by shape with no dependency on
 * any client; `undefined` when it is no failure of an HTTP call (a bug of the
 * caller's own code, the caller's own HTTP-shaped error, anything unreadable).
 * The thrown value is kept as the cause. `unread` says that a response was
 * there whose body was not read (a thrown Fetch `Response`, ky 1's `HTTPError`,
 * Effect's `ResponseError`).
 *
 * An answer is read from the clients' errors that hold one, by shape (see
 * `readAnswered`); an error with an HTTP status but no response is the
 * caller's own (http-errors, Koa, Fastify, h3, Hono) and gives `undefined`.
 * Failures without an answer become a client-side code: see `noAnswerCode`;
 * the caller's `signal`, once aborted, tells a deadline from a cancel.
 *
 * Never throws.
 *
 * @internal
 */
export function readThrownError(
  thrown: unknown,
  options?: ThrownErrorOptions,
): (WireErrorSource & { readonly unread?: boolean }) | undefined {
  try {
    const value = unwrapContainers(thrown);
    // An answer, on the value or down its causes (an error of the caller's that wraps the client's).
    for (const level of causesOf(value)) {
      const input = readAnswered(level);
      if (input !== undefined) return { ...input, cause: thrown };
    }
    if (!isObject(value) || isErrorStatus(value.status) || isErrorStatus(value.statusCode)) return undefined;
    let code = noAnswerCode(value);
    try {
      const signal = options?.signal;
      // The client dropped the signal's reason (or threw it as it is): the reason tells.
      if (signal?.aborted && (code || signal.reason === thrown))
        code = isTimeoutReason(signal.reason) ? "TIMEOUT" : "ABORTED";
    } catch {
      // A signal that cannot be read says nothing.
    }
    return code === undefined ? undefined : { input: noAnswerInput(code, value), cause: thrown };
  } catch {
    // A hostile value (a throwing getter, a revoked Proxy): nothing of it can be trusted.
    return undefined;
  }
}

/**
 * A body as a client keeps it: text, parsed data, or bytes (decoded, bounded);
 * `undefined` for a stream (Fetch's or Node's: not read here) or nothing.
 */
function bodyValue(body: unknown): unknown {
  if (body == null) return undefined;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body.subarray(0, MAX_DECODED_BYTES));
  if (isObject(body) && (typeof body.getReader === "function" || typeof body.pipe === "function")) return undefined;
  return body;
}

/** Headers as a client keeps them: `Headers`, a plain object, or Node's raw `[name, value, …]` pairs. */
function headersOf(response: Loose): unknown {
  const { headers } = response;
  const raw = Array.isArray(headers) ? headers : headers === undefined ? response.rawHeaders : undefined;
  if (!Array.isArray(raw)) return headers;
  const named: Record<string, string> = {};
  for (let index = 1; index < raw.length && index < MAX_SCANNED; index += 2) {
    named[`${raw[index - 1]}`.toLowerCase()] = `${raw[index]}`;
  }
  return named;
}

/**
 * A failure that got an answer: its status, headers and body, as each client
 * keeps them. By shape first — a `response` with an error status, whatever
 * the client (axios, got, superagent, ky, ofetch, wretch, Effect) — then the
 * errors that carry the answer themselves, each recognised by its own mark so
 * that the caller's own HTTP-shaped errors are not taken for one.
 */
function readAnswered(value: Loose): { input: WireErrorInput; unread?: boolean } | undefined {
  const held = isObject(value.response) ? value.response : undefined;
  const answered = held?.status ?? held?.statusCode;
  if (held && isErrorStatus(answered)) {
    const headers = headersOf(held);
    // ky 2 and ofetch (`data`, the parsed body), axios (`response.data`), superagent (`text`), got (`body`).
    const body = bodyValue(
      value.data ?? held.data ?? held._data ?? (typeof held.text === "string" ? held.text : held.body),
    );
    if (body !== undefined) return { input: { status: answered, headers, body } };
    // wretch reads a copy of the body into its message and keeps no request (ky 1 and Effect,
    // whose messages are their own, keep theirs); a consumed response has nothing else to read.
    if (typeof held.bodyUsed === "boolean" && !("request" in value) && typeof value.message === "string") {
      return { input: { status: answered, headers, body: value.message } };
    }
    return { input: { status: answered, headers }, unread: held.bodyUsed !== true };
  }
  const status = value.status;
  if (isErrorStatus(status) && typeof value.text === "function" && isObject(value.headers)) {
    // A Fetch Response thrown as it is: its body cannot be read without waiting.
    return { input: { status, headers: value.headers }, unread: true };
  }
  if (isErrorStatus(value.statusCode)) {
    if (value[AI_SDK_CALL_ERROR as never] === true) {
      // The AI SDK's APICallError: `responseBody` is the text received.
      return { input: { status: value.statusCode, headers: value.responseHeaders, body: value.responseBody } };
    }
    if (value.code === "UND_ERR_RESPONSE") {
      // undici's `responseError` interceptor: the body parsed when JSON, else text.
      return { input: { status: value.statusCode, headers: value.headers, body: value.body } };
    }
    return undefined;
  }
  if (typeof value.code === "number" && "msg" in value && "reason" in value) return readNovitaSdkError(value);
  if (value.name === "AI_TypeValidationError") {
    // An AI SDK stream's error frame: the platform body, refused by the SDK's chunk schema.
    return readBodyShape(value.value).format === "json" ? undefined : { input: { body: value.value } };
  }
  const inner = value.error;
  // The `openai` SDK's APIError: `requestID` (5 and later) or `request_id` (4) is its mark.
  if (
    typeof value.message === "string" &&
    ("requestID" in value || "request_id" in value) &&
    (isErrorStatus(status) || isObject(inner))
  ) {
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
  // `kind` is `|name|class name|`, so that a name is matched whole (http-errors' `GatewayTimeoutError` is no timeout).
  const says = (test: (level: Loose, kind: string, code: unknown, message: unknown) => boolean) =>
    chain.some((level) => test(level, `|${level.name}|${level.constructor?.name}|`, level.code, level.message));
  if (
    says(
      (level, kind, code, message) =>
        /\|(?:TimeoutError|APIConnectionTimeoutError|TimeoutException)\|/.test(kind) ||
        TIMEOUT_CODES.has(code as string) ||
        // node-fetch 2's own `timeout` option.
        level.type === "request-timeout" ||
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
        /\|(?:AbortError|CanceledError|CancelError|APIUserAbortError)\|/.test(kind) ||
        code === "ERR_CANCELED" ||
        // superagent's `.abort()`.
        code === "ABORTED" ||
        code === "UND_ERR_ABORTED" ||
        message === "Request was aborted.",
    )
  ) {
    return "ABORTED";
  }
  if (
    says(
      (_, kind, code, message) =>
        /\|(?:NetworkError|APIConnectionError)\|/.test(kind) ||
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
