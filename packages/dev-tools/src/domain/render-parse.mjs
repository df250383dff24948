import { doc, HEADER } from "./tsdoc.mjs";

/** `src/generated/parse-<domain>-error.ts`: the parsers. @param {import("./load-domain.mjs").DomainModel} d */
export function renderParse(d) {
  const { name, Pascal: P, label } = d;
  return `${HEADER}import type {
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
import { ${name}ErrorClasses } from "./code-error-classes.js";
import { ${P}Error } from "./${name}-error.js";

const definition: ErrorDomainDefinition<${P}Error> = { domain: "${name}", Base: ${P}Error, classes: ${name}ErrorClasses };

${doc([
  `Turns a failed ${label} response into its typed error. Never throws:`,
  "a documented code gives its class; an undocumented code the domain base",
  "with the code kept verbatim; an empty, HTML, text or malformed body the",
  "domain base classified by status.",
  "",
  "@param input - `{ status, body, headers }` (body as text, parsed JSON or undefined;",
  "  headers as a `Headers` or a plain object), or a body or stream event alone. For",
  `  what a client threw, use \`${name}ErrorFromThrown\`.`,
  "",
  "@example",
  "```ts",
  `const err = parse${P}Error({ status: response.status, body: await response.text(), headers: response.headers });`,
  "```",
])}
export function parse${P}Error(input: WireErrorInput | WireErrorBody): ${P}Error {
  const [Class, options] = prepareDomainError(input, definition);
  if (Class === undefined) return options;
  // Built here, in the function the caller called, since every frame between
  // the caller and the error adds to the cost of capturing the stack; and as
  // a plain Error that then takes its class, whose stack V8 captures faster.
  return adoptDomainError(new Error(options.message, options), Class, options);
}

${doc([
  `Turns what a \`catch\` caught around a call to the ${label} API into its typed error,`,
  "with the thrown value as `cause`; `undefined` when it is no failure of an HTTP call",
  "(a bug of the caller's own code, an error of another domain), so that a bug is",
  `never dressed up as a platform error. A \`${P}Error\` is returned as it is. Never throws.`,
  "",
  "Read by shape: a `response` with an error status (axios, got, superagent, ky, ofetch,",
  "wretch, Effect), the `openai` SDK's and the AI SDK's errors, undici's, the `novita-sdk`'s.",
  "An error with a status but no response is the caller's own (http-errors, Fastify, h3,",
  "Hono): `undefined`. No answer gives status `0` and `CONNECTION_ERROR`, `TIMEOUT` or `ABORTED`.",
  "",
  "@param options - `signal`: the client's; once aborted, its reason tells `TIMEOUT` from `ABORTED`",
  "",
  "@example",
  "```ts",
  "try {",
  "  await callTheApi();",
  "} catch (thrown) {",
  `  throw ${name}ErrorFromThrown(thrown) ?? thrown;`,
  "}",
  "```",
])}
export function ${name}ErrorFromThrown(thrown: unknown, options?: ThrownErrorOptions): ${P}Error | undefined {
  const prepared = prepareThrownDomainError(thrown, definition, options);
  if (prepared === undefined || prepared[0] === undefined) return prepared?.[1];
  const [Class, fields] = prepared;
  // Built here for the same reason as in parse${P}Error.
  return adoptDomainError(new Error(fields.message, fields), Class, fields);
}

${doc([
  `Turns a failed Fetch \`Response\` of the ${label} API into its typed error,`,
  "reading at most a bounded prefix of the body (64 KiB, 1 s by default), then",
  "cancelling the rest. Never rejects.",
  "",
  "@example",
  "```ts",
  `if (!response.ok) throw await ${name}ErrorFromResponse(response);`,
  "```",
])}
export function ${name}ErrorFromResponse(response: ResponseLike, options?: ReadResponseOptions): Promise<${P}Error> {
  return domainErrorFromResponse(response, definition, options);
}
`;
}
