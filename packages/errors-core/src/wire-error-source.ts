import { NovitaError, type NovitaErrorDomain } from "./novita-error.js";
import type { WireErrorInput } from "./wire-error-info.js";

/** A failure as a caller may hold it, turned into wire input plus the cause to keep. @internal */
export interface WireErrorSource {
  readonly input: WireErrorInput;
  readonly cause: unknown;
}

type Loose = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}

/**
 * Whatever a caller caught or received, as wire input:
 * - `{ status, body, headers }` as it is;
 * - a string: a body, or one event of a stream (`data: {...}`);
 * - a parsed body or stream event (`{ error: {...} }`, `{ code, reason, ... }`);
 * - an error thrown by an HTTP SDK, read duck-typed and kept as the cause:
 *   the `openai` SDK's `APIError` (`status`, `headers`, the body's `error`
 *   member, or the raw text it put in the message), or an axios-style error
 *   (`response.status`, `response.data`, `response.headers`).
 *
 * Never throws.
 *
 * @internal
 */
export function toWireErrorSource(value: unknown): WireErrorSource {
  let input: WireErrorInput = {};
  let cause: unknown = value;
  try {
    if (typeof value === "string" || (isObject(value) && typeof value.stack !== "string")) {
      // A body or event alone, or wire input as it is.
      const wire = isObject(value) && ("body" in value || "status" in value || "headers" in value);
      input = wire ? (value as WireErrorInput) : { body: value };
      cause = undefined;
    } else if (isObject(value)) {
      // An error thrown by an SDK, from any realm: it has a stack.
      input = fromThrown(value as Error & Loose);
    }
  } catch {
    // A hostile object: nothing read, kept as the cause.
  }
  return { input, cause };
}

function fromThrown(error: Error & Loose): WireErrorInput {
  const response = error.response;
  if (isObject(response) && typeof response.status === "number") {
    // axios and its kin: the response hangs off the error.
    return { status: response.status, body: response.data ?? response.body, headers: response.headers };
  }
  const status = error.status;
  const inner = error.error;
  // The openai SDK puts a non-JSON body's text into its message, after the status.
  const message = `${error.message}`;
  const text = message.startsWith(`${status} `) ? message.slice(`${status} `.length) : "";
  return {
    status: status as number | undefined,
    body:
      inner !== undefined && inner !== null
        ? isObject(inner)
          ? { error: inner }
          : inner
        : typeof status === "number" && text !== "" && text !== "status code (no body)"
          ? text
          : undefined,
    headers: error.headers,
  };
}

/**
 * An object that carries the brand (`isNovitaError`), as a domain reads it:
 * `undefined` when it is an error of `domain` that this copy of errors-core
 * built (its prototype is ours), to be used as it is. Anything else carrying
 * the brand (an error of another copy or version, or a look-alike) is rebuilt
 * from its own fields, read as a body, so that what comes back
 * keeps the promises of our own errors (bounded, safe headers only, no
 * foreign methods); an error of another domain is read as any thrown error,
 * so that its code never becomes a class of this domain. Never throws.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function fromBrandedError(value: NovitaError, domain: NovitaErrorDomain): WireErrorSource | undefined {
  try {
    if (value.domain !== domain) return toWireErrorSource(value);
    // biome-ignore lint/suspicious/noPrototypeBuiltins: the prototype chain, not instanceof, which answers by brand
    if (NovitaError.prototype.isPrototypeOf(value)) return undefined;
    // Its own fields read as a body: code, status, message, metadata, requestId, retryAfterMs.
    return { input: { status: value.status, body: value, headers: value.headers }, cause: value };
  } catch {
    // Getters that throw: nothing of it is read.
    return { input: {}, cause: value };
  }
}
