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
  /** How to describe the body when it carries no code: follows `HTTP <status>`. */
  note?: string;
}

type JsonObject = Readonly<Record<string, unknown>>;

/** Where a request id may be, in headers (lower-case) and in a body's metadata, most specific first. @internal */
export const REQUEST_ID_KEYS = ["x-request-id", "request-id", "x-trace-id"] as const;

/** Where a request id may be in a body or its metadata. */
const BODY_REQUEST_ID_KEYS = ["request_id", "requestId"] as const;

/** An own property of an object, never one inherited from a prototype. @internal */
export function own(value: unknown, key: string): unknown {
  // Arrays have no own property of these names, so no Array.isArray here.
  return typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as JsonObject)[key]
    : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short non-empty string, or undefined. @internal */
export function shortString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" && value.length <= 256 ? value : undefined;
}

function messageOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? cut(value, 2048) : undefined;
}

/** At most `limit` characters, without copying a string that already fits. @internal */
export function cut(value: string, limit: number): string {
  return value.length > limit ? value.slice(0, limit) : value;
}

/**
 * Copies the string values among the own properties of `value` into
 * `record`, an object with no prototype, so that no key of the input can
 * reach `Object.prototype` or shadow a method.
 *
 * @internal
 */
export function copyStrings(value: unknown, record: Record<string, string>): void {
  if (!isObject(value)) return;
  let count = 0;
  for (const key in value) {
    const item = value[key];
    if (typeof item === "string" && Object.hasOwn(value, key) && count++ < 64) record[key] = cut(item, 2048);
  }
}

/** The first request id among the usual names in a record (a body, or headers given their names). @internal */
export function requestIdIn(record: unknown, keys: readonly string[] = BODY_REQUEST_ID_KEYS): string | undefined {
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
  const error = own(value, "error");
  const wrapped = isObject(error);
  // The platform's body, or the object under `error` (OpenAI, gRPC); each member is read once.
  const source = wrapped ? error : value;
  const message = own(source, "message");
  const reason = wrapped ? undefined : own(value, "reason");
  if (!wrapped && reason === undefined && message === undefined && typeof error !== "string") return facts;
  const metadata = facts.metadata;
  const details = own(source, "details");
  const info = Array.isArray(details)
    ? details.find((detail) => /\.rpc\.ErrorInfo$/.test(String(own(detail, "@type"))))
    : undefined;
  const meta = own(info ?? source, "metadata");
  const bodyStatus = own(source, "code");
  facts.format = info ? "google-rpc" : wrapped ? "openai" : "platform";
  facts.code = shortString(info ? own(info, "reason") : wrapped ? bodyStatus : reason);
  facts.bodyStatus = bodyStatus;
  facts.message = messageOf(message ?? error);
  if (wrapped && !info) {
    // OpenAI's type and param are kept as metadata, so nothing the body said is lost.
    copyStrings({ type: own(error, "type") || undefined, param: own(error, "param") || undefined }, metadata);
  }
  copyStrings(meta, metadata);
  facts.requestId = requestIdIn(metadata) ?? requestIdIn(source);
  return facts;
}
