import { clientErrorEntry } from "./client-error-codes.js";
import { delayOf, stringRecord, textOf } from "./coerce-fields.js";
import type { ErrorCatalogEntry } from "./error-catalog-entry.js";
import { NOVITA_ERROR_BRAND } from "./identity.js";
import { NovitaError, type NovitaErrorDomain } from "./novita-error.js";
import type { DomainErrorOptions, NovitaErrorOptions } from "./novita-error-options.js";
import { categoryFromStatus, isErrorStatus, normalizeStatus, retryableFromStatus } from "./status-fallback.js";

const EMPTY: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});

/**
 * `IMAGE_NO_FACE_DETECTED` → `ImageNoFaceDetectedError`, `llm` → `LlmError`:
 * the one rule that names a class after its code (or a domain base after its
 * domain), as users write it from the code. Words are what lies between
 * underscores, empty ones dropped (`A__B` → `ABError`). The generator and the
 * conformance tests use this very function.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function classNameOf(code: string): string {
  let name = "";
  for (const word of code.toLowerCase().split("_")) name += word.charAt(0).toUpperCase() + word.slice(1);
  return `${name}Error`;
}

/** A class of ours as its instances are initialized: its statics. */
type InitializedClass = {
  readonly prototype: object;
  readonly domain?: NovitaErrorDomain;
  readonly entry?: ErrorCatalogEntry;
};

/**
 * What every instance of a class shares goes on its prototype, once, on the
 * first instance: the brand, the class name and the domain, and for the class
 * of one code its entry (code, status, description, category, retryable) and
 * its description as the default message. So an error costs only its own
 * fields to build (DESIGN allows each field "own or through its prototype"),
 * and the class stays tree-shakeable: nothing runs at module top level.
 */
function prepareClass(Class: InitializedClass, shared: object): void {
  (NovitaError.prototype as unknown as Record<symbol, boolean>)[NOVITA_ERROR_BRAND] = true;
  Object.assign(Class.prototype, shared, { domain: Class.domain });
}

/** What every error gets from the options, whatever its class. */
/** Each error's cause, behind the one getter all of them share. */
const causes = /* @__PURE__ */ new WeakMap<object, unknown>();
function readCause(this: object): unknown {
  return causes.get(this);
}

/**
 * Turns the own `cause` that `Error` set into an accessor: `err.cause` is the value as given (the
 * client's error, for code that reads it), but a print that skips the error's own inspection, as
 * Node's print of an uncaught error does, shows `[cause]: [Getter]`, never an SDK's error that
 * may quote the caller's key. An error built from a thrown value prints it masked in util.inspect
 * and console.* (masked-inspect.ts).
 */
function keepCauseBehindGetter(target: object): void {
  causes.set(target, (target as { cause?: unknown }).cause);
  Object.defineProperty(target, "cause", { get: readCause, configurable: true, enumerable: false });
}

/** How the fields every error has are set: coerced (a constructor's options), or as read (the readers'). */
type SetFields = (target: Mutable<NovitaError>, options: NovitaErrorOptions | undefined) => void;

function setCommonFields(target: Mutable<NovitaError>, options: NovitaErrorOptions | undefined): void {
  if (Object.hasOwn(target, "cause")) keepCauseBehindGetter(target);
  // Coerced to their declared types, whatever plain JavaScript gave (a number as request id, a
  // BigInt delay, metadata with objects or throwing getters): every writer can then trust them.
  target.retryAfterMs = delayOf(options?.retryAfterMs);
  target.requestId = textOf(options?.requestId);
  target.metadata = stringRecord(options?.metadata) ?? EMPTY;
  target.headers = stringRecord(options?.headers) ?? EMPTY;
}

/**
 * The same fields from the options the readers built off the wire, of their types already: taken
 * as they are, without a second copy on every parse. Part of the toolkit. @internal
 */
export function setFieldsAsRead(target: Mutable<NovitaError>, options: NovitaErrorOptions | undefined): void {
  if (Object.hasOwn(target, "cause")) keepCauseBehindGetter(target);
  target.retryAfterMs = options?.retryAfterMs;
  target.requestId = options?.requestId;
  target.metadata = options?.metadata ?? EMPTY;
  target.headers = options?.headers ?? EMPTY;
}

/**
 * Sets the fields of an error of one documented code. Called by the
 * constructor of each per-code class, right after `super`; the catalog entry
 * and the domain are statics of the class, and what all its instances share
 * is on its prototype (set on the first one).
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function initializeCodeError(
  error: Mutable<NovitaError>,
  options: NovitaErrorOptions | undefined,
  setFields: SetFields = setCommonFields,
): void {
  // The class's statics (a subclass of ours inherits them).
  const Class = error.constructor as InitializedClass;
  const entry = Class.entry as ErrorCatalogEntry;
  if (!Object.hasOwn(Class.prototype, "name")) {
    prepareClass(Class, { ...entry, message: entry.description, name: classNameOf(entry.code) });
  }
  // The code is also an own property (it is on the prototype too), so that Node's print of an
  // uncaught error and util.inspect show it beside the status; the status is as the response said.
  error.code = entry.code;
  const status = options?.status;
  error.status = isErrorStatus(status) ? status : entry.status;
  setFields(error, options);
}

/**
 * The description of a domain error outside the catalog: an undocumented code,
 * or a response that carried no code.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function describeDomainError(domain: NovitaErrorDomain, options: DomainErrorOptions | undefined): string {
  const code = textOf(options?.code);
  return code === undefined || code === ""
    ? `HTTP ${normalizeStatus(options?.status)} from the ${domain} API without a code`
    : (clientErrorEntry(code)?.description ?? `Undocumented ${domain} error code ${code}`);
}

/**
 * Sets the fields of a domain base error: an undocumented code kept verbatim,
 * or `HTTP_<status>` when there is none; category and retryable from the status.
 * A client-side code (a failure without an answer) has status `0` and its own
 * category and retryable.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function initializeDomainError(
  error: Mutable<NovitaError>,
  options: DomainErrorOptions | undefined,
  setFields: SetFields = setCommonFields,
): void {
  const Class = error.constructor as InitializedClass;
  if (!Object.hasOwn(Class.prototype, "name")) prepareClass(Class, { name: classNameOf(`${Class.domain}`) });
  const code = textOf(options?.code);
  const client = clientErrorEntry(code);
  const status = client ? 0 : normalizeStatus(options?.status);
  error.code = code === undefined || code === "" ? `HTTP_${status}` : code;
  error.status = status;
  setFields(error, options);
  error.category = client ? client.category : categoryFromStatus(status);
  error.retryable = client ? client.retryable : retryableFromStatus(status);
  error.description = describeDomainError(Class.domain as NovitaErrorDomain, options);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
