import type { DomainErrorClass, ErrorDomainDefinition } from "./error-domain-definition.js";
import { matchesError } from "./identity.js";
import {
  describeDomainError,
  initializeCodeError,
  initializeDomainError,
  setFieldsAsRead,
} from "./initialize-error.js";
import { printCausesMasked } from "./masked-inspect.js";
import type { NovitaError, NovitaErrorDomain } from "./novita-error.js";
import type { DomainErrorOptions } from "./novita-error-options.js";
import { type ReadResponseOptions, type ResponseLike, readResponseBody } from "./read-response-body.js";
import { readWireError } from "./read-wire-error.js";
import type { ThrownErrorOptions } from "./thrown-error-options.js";
import { causesOf, readThrownError, unwrapContainers } from "./thrown-error-source.js";
import type { WireErrorInfo } from "./wire-error-info.js";
import { fromBrandedError, toWireErrorSource } from "./wire-error-source.js";

type BuildOptions = { -readonly [K in keyof DomainErrorOptions]: DomainErrorOptions[K] };

/** The options an error is built with from what was read off the wire, its message final. */
function optionsFrom<Base extends NovitaError>(
  info: WireErrorInfo,
  cause: unknown,
  Class: DomainErrorClass<Base>,
  definition: ErrorDomainDefinition<Base>,
): BuildOptions {
  // Without a status from the response, a documented code keeps its own.
  const status = info.statusKnown ? info.status : undefined;
  const options: BuildOptions = {
    code: info.code,
    // A coded body without a message gets the class's text: a per-code class has its
    // description on its prototype, as its constructor gives; the base describes the code.
    message:
      info.message ??
      (Class === definition.Base ? describeDomainError(definition.domain, { code: info.code, status }) : undefined),
    status,
    metadata: info.metadata,
    requestId: info.requestId,
    retryAfterMs: info.retryAfterMs,
    headers: info.headers,
  };
  if (cause !== undefined) {
    options.cause = cause;
    printCausesMasked(); // a client's error, which may quote the caller's key
  }
  return options;
}

/** The class of a code: a documented code's own, else the domain base. */
function classFor<Base extends NovitaError>(
  definition: ErrorDomainDefinition<Base>,
  code: string | undefined,
): DomainErrorClass<Base> {
  // A short linear search: this runs once per failed request, and a map would cost bytes in every bundle.
  return definition.classes.find((candidate) => candidate.entry.code === code) ?? definition.Base;
}

/**
 * Gives `error`, a plain `Error` just built with the options `prepareDomainError` returned, the
 * class and fields of the domain error (as `new Class(options)` would, stack included): V8
 * captures a plain `Error`'s stack about 300 ns faster than a subclass's. `byHand`: options given
 * by a caller, coerced; else the readers' own, taken as they are. Toolkit only.
 *
 * @internal
 */
export function adoptDomainError<Base extends NovitaError>(
  error: Error,
  Class: DomainErrorClass<Base>,
  options?: DomainErrorOptions,
  byHand = false,
): Base {
  Object.setPrototypeOf(error, Class.prototype);
  const adopted = error as Base;
  // Options the readers built are of their types already; options given by hand are coerced.
  const setFields = byHand ? undefined : setFieldsAsRead;
  // A class of one documented code carries its catalog entry; the domain base does not.
  if (Object.hasOwn(Class, "entry")) initializeCodeError(adopted, options, setFields);
  else initializeDomainError(adopted, options, setFields);
  return adopted;
}

/**
 * Builds an error of a domain base by hand, for a code the catalog does not
 * document (kept verbatim) or none (`HTTP_<status>`), classified by its status:
 * what a server or a mock sends for an undocumented code. A domain base has no
 * constructor (so that its per-code classes build as fast as one class), so
 * each domain package wraps this as `createXxxError(options)`.
 *
 * Part of the toolkit domain packages are made of; applications call `createXxxError`.
 *
 * @internal
 */
export function createDomainBaseError<Base extends NovitaError>(
  Base: DomainErrorClass<Base> & { readonly domain: NovitaErrorDomain },
  options?: DomainErrorOptions,
): Base {
  const message = options?.message ?? describeDomainError(Base.domain, options);
  return adoptDomainError(new Error(message, options), Base, options, true);
}

/**
 * Builds the error a domain gives for what was read off the wire: the class of
 * the documented code, else the domain base with the code kept verbatim (or
 * `HTTP_<status>` when there was none).
 *
 * @internal
 */
export function createDomainError<Base extends NovitaError>(
  info: WireErrorInfo,
  definition: ErrorDomainDefinition<Base>,
  cause?: unknown,
): Base {
  const Class = classFor(definition, info.code);
  const options = optionsFrom(info, cause, Class, definition);
  return adoptDomainError(new Error(options.message, options), Class, options);
}

/**
 * What building a domain's error from any input takes: the class and its
 * options (the message final), or the input itself when it is already an
 * error of the domain. Lets the function a caller called build the error
 * itself, so that capturing the stack walks no frame of ours beyond that one:
 * `adoptDomainError(new Error(options.message, options), Class, options)`.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function prepareDomainError<Base extends NovitaError>(
  input: unknown,
  definition: ErrorDomainDefinition<Base>,
): PreparedDomainError<Base> {
  // Any object that carries the brand (matchesError with no domain: the brand alone).
  const source = matchesError(input)
    ? fromBrandedError(input as NovitaError, definition.domain)
    : toWireErrorSource(input);
  if (source === undefined) return [undefined, input as Base];
  const info = readWireError(source.input);
  const Class = classFor(definition, info.code);
  return [Class, optionsFrom(info, source.cause, Class, definition)];
}

/** The class of a domain error and its options, or an error of the domain that is used as it is. @internal */
export type PreparedDomainError<Base extends NovitaError> =
  | readonly [DomainErrorClass<Base>, DomainErrorOptions]
  | readonly [undefined, Base];

/**
 * What building a domain's error from what a `catch` caught takes (see
 * `prepareDomainError`), or `undefined` when it is no failure of a call to the
 * platform: a bug of the caller's own code, an error of another domain,
 * anything unreadable. An error of the domain is used as it is (rebuilt when
 * another copy of the packages made it); a client's error is read by
 * `readThrownError` and kept as the cause. Never throws.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 *
 * @internal
 */
export function prepareThrownDomainError<Base extends NovitaError>(
  thrown: unknown,
  definition: ErrorDomainDefinition<Base>,
  options?: ThrownErrorOptions,
): PreparedDomainError<Base> | undefined {
  // Effect's FiberFailure, the AI SDK's RetryError: what failed is inside.
  const failure = unwrapContainers(thrown);
  if (matchesError(failure)) {
    // Ours, from any copy: of this domain, or no business of this domain's.
    return matchesError(failure, definition.domain) ? prepareDomainError(failure, definition) : undefined;
  }
  // An error of the domain that a client wrapped (the `openai` SDK's stream helpers wrap the one
  // `adaptFetchForOpenAI` fails an error event's stream with).
  let ours: unknown;
  try {
    ours = causesOf(failure).find((level, depth) => depth > 0 && matchesError(level, definition.domain));
  } catch {
    // A hostile chain: read as any other thrown value.
  }
  if (ours !== undefined) return prepareDomainError(ours, definition);
  const source = readThrownError(thrown, options);
  if (source === undefined) return undefined;
  let info = readWireError(source.input);
  if (source.unread && info.code === undefined) {
    info = {
      ...info,
      message: `HTTP ${info.status}: the response body was not read (pass the Response to the domain's xxxErrorFromResponse)`,
    };
  }
  const Class = classFor(definition, info.code);
  return [Class, optionsFrom(info, source.cause, Class, definition)];
}

/**
 * Turns a failed response of a domain (`{ status, body, headers }`, or a body
 * or stream event alone: see `toWireErrorSource`)
 * into its typed error. Never throws: anything unreadable gives the domain
 * base. An error of the same domain built by this copy of the packages is
 * returned as it is; one from another copy, or any object that only carries
 * the brand, is rebuilt from its fields, read like any other input.
 *
 * @internal
 */
export function parseDomainError<Base extends NovitaError>(
  input: unknown,
  definition: ErrorDomainDefinition<Base>,
): Base {
  const [Class, options] = prepareDomainError(input, definition);
  return Class === undefined ? options : adoptDomainError(new Error(options.message, options), Class, options);
}

/**
 * Turns a Fetch `Response` of a domain into its typed error, reading at most a
 * bounded prefix of the body within a time bound. Never rejects.
 *
 * @internal
 */
export async function domainErrorFromResponse<Base extends NovitaError>(
  response: ResponseLike,
  definition: ErrorDomainDefinition<Base>,
  options?: ReadResponseOptions,
): Promise<Base> {
  let status: unknown;
  let headers: unknown;
  try {
    status = response.status;
    headers = response.headers;
  } catch {
    // Unreadable response object: status and headers stay unknown.
  }
  const body = await readResponseBody(response, options);
  const info = readWireError({ status: status as number, body: body.text, headers });
  if (info.code === undefined && body.issue !== undefined && info.format === "empty") {
    const why =
      body.issue === "consumed"
        ? "the response body was already read"
        : body.issue === "timeout"
          ? "the response body did not arrive in time"
          : "the response body could not be read";
    return createDomainError({ ...info, message: `HTTP ${info.status}: ${why}` }, definition);
  }
  return createDomainError(info, definition);
}
