import { isObject } from "./loose-object.js";
import { NovitaError, type NovitaErrorDomain } from "./novita-error.js";
import type { WireErrorInput } from "./wire-error-info.js";

/** A failure as a caller may hold it, turned into wire input plus the cause to keep. @internal */
export interface WireErrorSource {
  readonly input: WireErrorInput;
  readonly cause: unknown;
}

/**
 * A failed response in any of its wire forms, as wire input:
 * - `{ status, body, headers }` as it is;
 * - a string: a body, or one event of a stream (`data: {...}`);
 * - any other object: a parsed body or stream event (`{ error: {...} }`,
 *   `{ code, reason, ... }`), or an error's own fields (a JSON log line).
 *
 * What a client threw is read by `readThrownError` instead. Never throws.
 *
 * @internal
 */
export function toWireErrorSource(value: unknown): WireErrorSource {
  let input: WireErrorInput = {};
  try {
    // `{ status, body, headers }`; an object with a status beside a code, a reason or an error
    // member is a body (an error's JSON, `{ name, code, status, … }`), not wire input.
    const wire =
      isObject(value) &&
      ("body" in value ||
        "headers" in value ||
        ("status" in value && !("code" in value) && !("reason" in value) && !("error" in value)));
    input = wire ? (value as WireErrorInput) : { body: value };
  } catch {
    // A hostile object (a Proxy whose `has` trap throws): nothing read.
  }
  return { input, cause: undefined };
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
