import { doc, HEADER } from "./tsdoc.mjs";

/** `src/generated/is-<domain>-error.ts`: the guards. @param {import("./load-domain.mjs").DomainModel} d */
export function renderGuard(d) {
  const { name, Pascal: P, label, sample } = d;
  return `${HEADER}import { isDocumentedError, isDomainError } from "@novita/errors-core/internal";
import type { ${P}ErrorByCode } from "./code-error-classes.js";
import type { ${P}Error } from "./${name}-error.js";

/** An error of any documented (or observed) ${label} code: a union of the per-code classes, discriminated by \`code\`. @public */
export type Known${P}Error = ${P}ErrorByCode[keyof ${P}ErrorByCode];

${doc([
  `Tells whether \`value\` is ${d.article} ${label} error (from any copy of the`,
  "packages), or, with a code, an instance of that code's class, narrowing",
  "to it. Reads fields only, so it pulls no class into a bundle.",
  "",
  "@example",
  "```ts",
  `if (is${P}Error(err, "${sample}")) await sleep(err.retryAfterMs ?? 1000);`,
  "```",
])}
export function is${P}Error(value: unknown): value is ${P}Error;
/** With a code: whether \`value\` is an instance of that code's class, narrowing to it. @public */
export function is${P}Error<Code extends keyof ${P}ErrorByCode>(value: unknown, code: Code): value is ${P}ErrorByCode[Code];
export function is${P}Error(value: unknown, code?: string): boolean {
  return isDomainError(value, "${name}", code);
}

${doc([
  `Tells whether \`value\` is an error of a documented ${label} code, narrowing it`,
  `to \`Known${P}Error\`, so that a \`switch\` over its \`code\` can be checked exhaustively.`,
  "Errors of codes the platform adds later are not known: handle them after.",
  "",
  "@example",
  "```ts",
  `if (isKnown${P}Error(err)) {`,
  "  switch (err.code) {",
  `    case "${sample}": …; break;`,
  "    // … one case per code …",
  "    default: { const unhandled: never = err; }",
  "  }",
  "}",
  "```",
])}
export function isKnown${P}Error(value: unknown): value is Known${P}Error {
  return isDomainError(value, "${name}") && isDocumentedError(value);
}
`;
}
