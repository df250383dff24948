import { copyStrings, cut, MAX_HEAD, MAX_PARSED_TEXT, MAX_SCANNED, MAX_TEXT, shortString } from "./bounds.js";
import { maskCredentials } from "./text-safety.js";
import type { WireFormat } from "./wire-error-info.js";

/** What an error body says, whatever its shape. @internal */
export interface BodyFacts {
  format: WireFormat;
  code?: string | undefined;
  message?: string | undefined;
  metadata: Record<string, string>;
  /** The status the body states (the platform's `code`, gRPC's `error.code`). */
  bodyStatus?: unknown;
  requestId?: string | undefined;
  /** The delay an error's own fields state, unchecked. */
  retryAfterMs?: unknown;
  /** How to describe the body when it carries no code: follows `HTTP <status>`. */
  note?: string;
}

type JsonObject = Readonly<Record<string, unknown>>;

/** Where a request id may be, in headers (lower-case) and in a body's metadata, most specific first. @internal */
export const REQUEST_ID_KEYS = ["x-request-id", "request-id", "x-trace-id"] as const;

/** A JSON object: not null, not an array. */
function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An own property of an object: an inherited value is never taken for part of
 * a body. Read first, so that `hasOwn` runs only for the members a body has.
 */
function own(object: JsonObject, key: string): unknown {
  const item = object[key];
  return item !== undefined && Object.hasOwn(object, key) ? item : undefined;
}

function messageOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? maskCredentials(cut(value, MAX_TEXT)) : undefined;
}

/** Where a request id may be in a body or its metadata. */
const BODY_REQUEST_ID_KEYS = ["request_id", "requestId"] as const;

/** The first request id among the usual names in a record (a body, or headers given their names). @internal */
export function requestIdIn(record: JsonObject, keys: readonly string[] = BODY_REQUEST_ID_KEYS): string | undefined {
  for (const key of keys) {
    const id = shortString(own(record, key));
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Facts without a code yet: the format, and how to describe the body. @internal */
export function bodyFacts(format: WireFormat, note: string): BodyFacts {
  return { format, metadata: Object.create(null), note };
}

/** The `google.rpc.ErrorInfo` among the details of a gRPC-transcoded error. */
function errorInfoIn(details: unknown): JsonObject | undefined {
  if (!Array.isArray(details)) return undefined;
  // By index, never by its iterator (which an array may have replaced), and only so far.
  const length = Math.min(details.length, MAX_SCANNED);
  for (let index = 0; index < length; index++) {
    const detail: unknown = details[index];
    if (isObject(detail) && /\.rpc\.ErrorInfo$/.test(String(own(detail, "@type")))) return detail;
  }
  return undefined;
}

/**
 * Reads the three error bodies the platform and its gateways send: the
 * platform's `{code, reason, message, metadata}`, OpenAI's
 * `{error: {message, type, code, param}}` and the gRPC-transcoded
 * `{error: {code, message, status, details: [ErrorInfo]}}`.
 *
 * @internal
 */
export function readBodyShape(value: unknown): BodyFacts {
  const facts = bodyFacts("json", ": unrecognized JSON body");
  if (!isObject(value)) return facts;
  const error = own(value, "error");
  const wrapped = isObject(error);
  // The platform's body, or the object under `error` (OpenAI, gRPC); each member is read once.
  const source = wrapped ? error : value;
  const message = own(source, "message");
  const bodyStatus = own(source, "code");
  // An error's own fields (an error of another copy, a JSON log line of one):
  // the code is a string there, and the status apart.
  const named = !wrapped && typeof bodyStatus === "string";
  const reason = wrapped ? undefined : (own(value, "reason") ?? (named ? bodyStatus : undefined));
  if (!wrapped && reason === undefined && message === undefined && typeof error !== "string") return facts;
  const metadata = facts.metadata;
  const info = wrapped ? errorInfoIn(own(source, "details")) : undefined;
  const metaSource = info ?? source;
  facts.format = info ? "google-rpc" : wrapped ? "openai" : "platform";
  facts.code = shortString(info ? own(info, "reason") : wrapped ? bodyStatus : reason);
  facts.bodyStatus = named ? own(value, "status") : bodyStatus;
  facts.retryAfterMs = own(source, "retryAfterMs");
  facts.message = messageOf(message ?? error);
  if (wrapped && !info) {
    // OpenAI's type and param are kept as metadata, so nothing the body said is lost.
    copyStrings(
      {
        type: own(error, "type") || undefined,
        param: own(error, "param") || undefined,
      },
      metadata,
    );
  }
  const meta = own(metaSource, "metadata");
  copyStrings(meta, metadata);
  facts.requestId = requestIdIn(metadata) ?? requestIdIn(source);
  // A relay (OpenRouter) puts the upstream body, as text, in `metadata.raw`: the platform's code is there.
  const raw = wrapped && isObject(meta) ? own(meta, "raw") : undefined;
  return typeof raw === "string" && raw[0] === "{" ? (relayed(raw, facts) ?? facts) : facts;
}

/** The facts of the upstream body a relay passed on as text, when it is an error body with a code. */
function relayed(raw: string, outer: BodyFacts): BodyFacts | undefined {
  try {
    // Bounded like any body: past MAX_PARSED_TEXT it is searched for its code, never parsed.
    const inner = raw.length <= MAX_PARSED_TEXT ? readBodyShape(JSON.parse(raw)) : readBodyHead(raw);
    if (inner.code === undefined) return undefined;
    inner.requestId ??= outer.requestId;
    return inner;
  } catch {
    return undefined;
  }
}

/**
 * What can still be read of a JSON body that cannot be parsed: too large to
 * parse (past `MAX_PARSED_TEXT`), or cut short (a response read up to its byte
 * bound). Its code (the platform's or gRPC's `reason`, or OpenAI's string
 * `code`) is searched for in the whole text, its `message` in its first
 * `MAX_HEAD` characters (kept as written, escapes included), both with bounded
 * repetitions only, so that the work stays linear in the text.
 *
 * @internal
 */
export function readBodyHead(text: string): BodyFacts {
  const facts = bodyFacts("invalid-json", `: unreadable JSON (${text.length} characters)`);
  facts.code = shortString(/"(?:reason|code)"\s{0,64}:\s{0,64}"([^"\\]{1,256})"/.exec(text)?.[1]);
  const message = facts.code && /"message"\s{0,64}:\s{0,64}"((?:[^"\\]|\\.){1,2048})/.exec(cut(text, MAX_HEAD))?.[1];
  if (message) facts.message = maskCredentials(message);
  return facts;
}
