// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import type {
  ReadResponseOptions,
  ResponseLike,
  ThrownErrorOptions,
  WireErrorBody,
  WireErrorInput,
} from "@novita/errors-core";
import {
  adoptDomainError,
  domainErrorFromResponse,
  type ErrorDomainDefinition,
  prepareDomainError,
  prepareThrownDomainError,
} from "@novita/errors-core/internal";
import { mediaErrorClasses } from "./code-error-classes.js";
import { MediaError } from "./media-error.js";

const definition: ErrorDomainDefinition<MediaError> = { domain: "media", Base: MediaError, classes: mediaErrorClasses };

/**
 * Turns a failed media (image, video, audio) response into its typed error. Never throws:
 * a documented code gives its class; an undocumented code the domain base
 * with the code kept verbatim; an empty, HTML, text or malformed body the
 * domain base classified by status.
 *
 * @param input - `{ status, body, headers }` (body as text, parsed JSON or undefined;
 *   headers as a `Headers` or a plain object), or a body or stream event alone. For
 *   what a client threw, use `mediaErrorFromThrown`.
 *
 * @example
 * ```ts
 * const err = parseMediaError({ status: response.status, body: await response.text(), headers: response.headers });
 * ```
 *
 * @public
 */
export function parseMediaError(input: WireErrorInput | WireErrorBody): MediaError {
  const [Class, options] = prepareDomainError(input, definition);
  if (Class === undefined) return options;
  // Built here, in the function the caller called, since every frame between
  // the caller and the error adds to the cost of capturing the stack; and as
  // a plain Error that then takes its class, whose stack V8 captures faster.
  return adoptDomainError(new Error(options.message, options), Class, options);
}

/**
 * Turns what a `catch` caught around a call to the media (image, video, audio) API into its typed error,
 * with the thrown value as `cause`; `undefined` when it is no failure of an HTTP call
 * (a bug of the caller's own code, an error of another domain), so that a bug is
 * never dressed up as a platform error. A `MediaError` is returned as it is. Never throws.
 *
 * Read by shape: a `response` with an error status (axios, got, superagent, ky, ofetch,
 * wretch, Effect), the `openai` SDK's and the AI SDK's errors, undici's, the `novita-sdk`'s.
 * An error with a status but no response is the caller's own (http-errors, Fastify, h3,
 * Hono): `undefined`. No answer gives status `0` and `CONNECTION_ERROR`, `TIMEOUT` or `ABORTED`.
 *
 * @param options - `signal`: the client's; once aborted, its reason tells `TIMEOUT` from `ABORTED`
 *
 * @example
 * ```ts
 * try {
 *   await callTheApi();
 * } catch (thrown) {
 *   throw mediaErrorFromThrown(thrown) ?? thrown;
 * }
 * ```
 *
 * @public
 */
export function mediaErrorFromThrown(thrown: unknown, options?: ThrownErrorOptions): MediaError | undefined {
  const prepared = prepareThrownDomainError(thrown, definition, options);
  if (prepared === undefined || prepared[0] === undefined) return prepared?.[1];
  const [Class, fields] = prepared;
  // Built here for the same reason as in parseMediaError.
  return adoptDomainError(new Error(fields.message, fields), Class, fields);
}

/**
 * Turns a failed Fetch `Response` of the media (image, video, audio) API into its typed error,
 * reading at most a bounded prefix of the body (64 KiB, 1 s by default), then
 * cancelling the rest. Never rejects.
 *
 * @example
 * ```ts
 * if (!response.ok) throw await mediaErrorFromResponse(response);
 * ```
 *
 * @public
 */
export function mediaErrorFromResponse(response: ResponseLike, options?: ReadResponseOptions): Promise<MediaError> {
  return domainErrorFromResponse(response, definition, options);
}
