import { doc, HEADER } from "./tsdoc.mjs";

/** `src/generated/<domain>-error.ts`: the domain base, and the factory of its errors. @param {import("./load-domain.mjs").DomainModel} d */
export function renderDomainBase(d) {
  const { name, Pascal: P, label } = d;
  return `${HEADER}import { type ClientErrorCode, type DomainErrorOptions, NovitaError } from "@novita/errors-core";
import { createDomainBaseError } from "@novita/errors-core/internal";
import type { ${P}ErrorCode } from "../catalog.js";

// The ${label} domain among the names NovitaErrorDomain admits (a line comment: the
// interface's documentation is errors-core's).
declare module "@novita/errors-core" {
  interface NovitaErrorDomains {
    ${name}: true;
  }
}

${doc([
  `Thrown when a call to the ${label} API fails. The base of every`,
  `${name} error class, really in their prototype chain: a method on its`,
  "prototype is on every instance. Itself the class of codes the catalog does",
  "not document (kept verbatim in `code`, so that old clients keep working as",
  "the platform adds codes) and of responses without a code (`HTTP_<status>`).",
  "Abstract, without a constructor (so that each per-code class builds as fast",
  `as a single class): build one by hand with \`create${P}Error\`.`,
  "",
  `Carries \`code\`, \`status\`, \`domain\` (\`"${name}"\`), \`category\`, \`retryable\`,`,
  "`retryAfterMs`, `requestId`, `metadata`, `description` and `cause`.",
  "",
  "@example",
  "```ts",
  `if (err instanceof ${P}Error) console.log(err.code, err.status, err.requestId);`,
  "```",
])}
export abstract class ${P}Error<Code extends string = ${P}ErrorCode | ClientErrorCode | (string & {})> extends NovitaError<Code, "${name}"> {
  /** The domain of every error of this class and its subclasses. */
  static override readonly domain = "${name}";
}

${doc([
  `Builds ${d.article} ${label} error of the domain base by hand, for a server or a mock:`,
  "a code the catalog does not document, kept verbatim, or none (`HTTP_<status>`),",
  "classified by its status. For a documented code, build its class instead",
  `(\`new ${d.className(d.sample)}()\`): an error of the domain base is never an`,
  "instance of a per-code class, even with that class's code.",
  "",
  "@param options - the code (verbatim), status, message, metadata, request id, delay and cause",
  "",
  "@example",
  "```ts",
  `const error = create${P}Error({ code: "SOMETHING_NEW", status: 409, message: "not yet documented" });`,
  `error instanceof ${P}Error; // true`,
  "```",
])}
export function create${P}Error(options?: DomainErrorOptions): ${P}Error {
  return createDomainBaseError(${P}Error, options);
}
`;
}
