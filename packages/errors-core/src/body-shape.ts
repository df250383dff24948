import type { WireFormat } from "./wire-error-info.js";

const MAX_CODE_CHARS = 128;
const MAX_MESSAGE_CHARS = 2048;
const MAX_METADATA_KEYS = 64;
const MAX_METADATA_VALUE_CHARS = 2048;

/** What a JSON error body says, whatever its shape. @internal */
export interface BodyFacts {
  format: WireFormat;
  code: string | undefined;
  message: string | undefined;
  metadata: Record<string, string>;
  /** The status the body states (the platform's `code`, gRPC's `error.code`). */
  bodyStatus: unknown;
  requestId: string | undefined;
}

type JsonObject = Readonly<Record<string, unknown>>;

const hasOwn = Object.prototype.hasOwnProperty;

/** An own property of a plain object, never one inherited from a prototype. */
function own(value: JsonObject, key: string): unknown {
  return hasOwn.call(value, key) ? value[key] : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function codeOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" && value.length <= MAX_CODE_CHARS ? value : undefined;
}

function messageOf(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return value.length > MAX_MESSAGE_CHARS ? `${value.slice(0, MAX_MESSAGE_CHARS - 1)}…` : value;
}

/**
 * The string values among the own properties of `value`, in an object with no
 * prototype, so that no key of the input can reach `Object.prototype` or
 * shadow a method.
 *
 * @internal
 */
export function stringRecord(
  value: unknown,
  into: Record<string, string> = Object.create(null),
): Record<string, string> {
  if (!isObject(value)) return into;
  let count = 0;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (typeof item !== "string") continue;
    into[key] = item.length > MAX_METADATA_VALUE_CHARS ? item.slice(0, MAX_METADATA_VALUE_CHARS) : item;
    if (++count >= MAX_METADATA_KEYS) break;
  }
  return into;
}

function requestIdIn(...records: unknown[]): string | undefined {
  for (const record of records) {
    if (!isObject(record)) continue;
    for (const key of ["request_id", "requestId", "x-request-id", "trace_id", "traceId"]) {
      const id = codeOf(own(record, key));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

function isErrorInfo(detail: unknown): detail is JsonObject {
  if (!isObject(detail)) return false;
  const type = own(detail, "@type");
  return typeof type === "string" && type.endsWith("google.rpc.ErrorInfo");
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
  const facts: BodyFacts = {
    format: "json",
    code: undefined,
    message: undefined,
    metadata: Object.create(null),
    bodyStatus: undefined,
    requestId: undefined,
  };
  if (!isObject(value)) return facts;

  const error = own(value, "error");
  if (isObject(error)) {
    const details = own(error, "details");
    const info = Array.isArray(details) ? details.slice(0, 16).find(isErrorInfo) : undefined;
    facts.message = messageOf(own(error, "message"));
    facts.bodyStatus = own(error, "code");
    if (info !== undefined) {
      facts.format = "google-rpc";
      facts.code = codeOf(own(info, "reason"));
      stringRecord(own(info, "metadata"), facts.metadata);
      const status = codeOf(own(error, "status"));
      if (status !== undefined && !("grpcStatus" in facts.metadata)) facts.metadata.grpcStatus = status;
      facts.requestId = requestIdIn(own(info, "metadata"));
      return facts;
    }
    facts.format = "openai";
    facts.code = codeOf(own(error, "code"));
    // OpenAI's type and param are kept as metadata, so nothing the body said is lost.
    for (const key of ["type", "param"]) {
      const item = own(error, key);
      if (typeof item === "string" && item !== "") facts.metadata[key] = item;
    }
    stringRecord(own(error, "metadata"), facts.metadata);
    facts.requestId = requestIdIn(own(error, "metadata"), error, value);
    return facts;
  }

  const reason = own(value, "reason");
  const message = own(value, "message") ?? (typeof error === "string" ? error : undefined);
  if (reason !== undefined || message !== undefined) {
    facts.format = "platform";
    facts.code = codeOf(reason);
    facts.message = messageOf(message);
    facts.bodyStatus = own(value, "code");
    stringRecord(own(value, "metadata"), facts.metadata);
    facts.requestId = requestIdIn(own(value, "metadata"), value);
  }
  return facts;
}
