import type { ErrorDomainDefinition } from "./error-domain-definition.js";
import { isNovitaError } from "./is-novita-error.js";
import type { NovitaError } from "./novita-error.js";
import type { DomainErrorOptions } from "./novita-error-options.js";
import { type ReadResponseOptions, type ResponseLike, readResponseBody } from "./read-response-body.js";
import { readWireError } from "./read-wire-error.js";
import type { WireErrorInfo } from "./wire-error-info.js";
import { toWireErrorSource } from "./wire-error-source.js";

type BuildOptions = { -readonly [K in keyof DomainErrorOptions]: DomainErrorOptions[K] };

/** The options an error is built with from what was read off the wire. */
function optionsFrom(info: WireErrorInfo, cause: unknown): BuildOptions {
  // Without a status from the response, a documented code keeps its own.
  const options: BuildOptions = {
    code: info.code,
    message: info.message,
    status: info.statusKnown ? info.status : undefined,
    metadata: info.metadata,
    requestId: info.requestId,
    retryAfterMs: info.retryAfterMs,
    headers: info.headers,
  };
  if (cause !== undefined) options.cause = cause;
  return options;
}

/** The class of a code: a documented code's own, else the domain base. */
function classFor<Base extends NovitaError>(
  definition: ErrorDomainDefinition<Base>,
  code: string | undefined,
): new (
  options: BuildOptions,
) => Base {
  // A short linear search: this runs once per failed request, and a map would cost bytes in every bundle.
  return definition.classes.find((candidate) => candidate.entry.code === code) ?? definition.Base;
}

/**
 * Builds the error a domain gives for what was read off the wire: the class of
 * the documented code, else the domain base with the code kept verbatim (or
 * `HTTP_<status>` when there was none).
 */
export function createDomainError<Base extends NovitaError>(
  info: WireErrorInfo,
  definition: ErrorDomainDefinition<Base>,
  cause?: unknown,
): Base {
  const Class = classFor(definition, info.code);
  return new Class(optionsFrom(info, cause));
}

/**
 * What building a domain's error from any input takes: the class and its
 * options, or the input itself when it is already an error of the domain.
 * Lets the function a caller called build the error itself, so that
 * capturing the stack walks no frame of ours beyond that one.
 *
 * Part of the toolkit domain packages are made of; not needed by applications.
 */
export function prepareDomainError<Base extends NovitaError>(
  input: unknown,
  definition: ErrorDomainDefinition<Base>,
): readonly [new (options: DomainErrorOptions) => Base, DomainErrorOptions] | readonly [undefined, Base] {
  if (isNovitaError(input) && input.domain === definition.domain) return [undefined, input as Base];
  const source = toWireErrorSource(input);
  const info = readWireError(source.input);
  return [classFor(definition, info.code), optionsFrom(info, source.cause)];
}

/**
 * Turns a failed response of a domain (`{ status, body, headers }`, a body or
 * stream event, or an error thrown by an HTTP SDK: see `toWireErrorSource`)
 * into its typed error. Never throws: anything unreadable gives the domain
 * base. An error of the same domain is returned as it is.
 */
export function parseDomainError<Base extends NovitaError>(
  input: unknown,
  definition: ErrorDomainDefinition<Base>,
): Base {
  const [Class, options] = prepareDomainError(input, definition);
  return Class === undefined ? options : new Class(options);
}

/**
 * Turns a Fetch `Response` of a domain into its typed error, reading at most a
 * bounded prefix of the body within a time bound. Never rejects.
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
