import { doc, HEADER } from "./tsdoc.mjs";

/** `src/generated/code-error-classes.ts`: one class per documented or observed code. @param {import("./load-domain.mjs").DomainModel} d */
export function renderCodeClasses(d) {
  const { name, Pascal: P, label, className } = d;
  const entries = [...d.entries, ...d.observed];
  const out = [
    `${HEADER}import type { NovitaErrorOptions } from "@novita/errors-core";`,
    'import { initializeCodeError } from "@novita/errors-core/internal";',
    `import { ${P}Error } from "./${name}-error.js";`,
    "",
  ];
  for (const entry of entries) {
    out.push(
      doc([
        `Thrown when the ${label} API answers \`${entry.code}\` (HTTP ${entry.status}): ${entry.description}.`,
        ...("source" in entry ? ["", `Observed, not in the published table: seen in ${entry.source}.`] : []),
        "",
        `- code: \`${entry.code}\``,
        `- status: ${entry.status}`,
        `- description: ${entry.description}`,
        `- category: \`${entry.category}\``,
        `- retryable: ${entry.retryable ? "yes" : "no"}`,
      ]),
      `export class ${className(entry.code)} extends ${P}Error<"${entry.code}"> {`,
      "  /** The catalog entry of the code this class stands for: code, status, description, category, retryable. */",
      // A copy of the catalog's entry, inline: a bundle of one class then holds only its own data.
      // Read-only by type; not frozen at run time, which would cost every bundle a call per class.
      `  static override readonly entry = { code: "${entry.code}", status: ${entry.status}, description: ${JSON.stringify(entry.description)}, category: "${entry.category}", retryable: ${entry.retryable} } as const;`,
      "",
      "  /**",
      `   * @param options - message (default: "${entry.description}"), status (default ${entry.status}), metadata, request id, cause`,
      "   */",
      "  constructor(options?: NovitaErrorOptions) {",
      // The same text in every class, so that a bundle of them all compresses well; the
      // description, the default message, is on the class's prototype.
      "    super(options?.message, options);",
      "    initializeCodeError(this, options);",
      "  }",
      "}",
      "",
    );
  }
  out.push(
    `/** The classes of the documented ${label} codes, in catalog order, then of the observed ones. @public */`,
    `export const ${name}ErrorClasses = [`,
    ...entries.map((entry) => `  ${className(entry.code)},`),
    "] as const;",
    "",
    `/** The class type of each documented (or observed) ${label} code, for narrowing. @public */`,
    `export interface ${P}ErrorByCode {`,
    ...entries.map((entry) => `  ${entry.code}: ${className(entry.code)};`),
    "}",
    "",
  );
  return out.join("\n");
}
