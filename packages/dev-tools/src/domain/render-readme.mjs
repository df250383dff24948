// The sections every domain README shares, written between markers
// (`<!-- generated:<name> … -->` … `<!-- /generated:<name> -->`); the rest of a
// README is the domain's own.

/** @param {import("./load-domain.mjs").DomainModel} d */
function install(d) {
  return `## Install

\`\`\`sh
npm i @novita/errors-${d.name}
\`\`\`

It depends only on \`@novita/errors-core\` (by a caret range), runs on Node 18+, browsers, Deno,
Bun and edge workers, ships ESM and CJS with types, and a bundler keeps only what you import.`;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function switchOverCodes(d) {
  const { name, Pascal: P } = d;
  return `## Switch over every code

\`isKnown${P}Error(err)\` narrows to the union of the per-code classes, so a \`switch\` over \`code\` can
end in a \`never\` check: the compiler then tells you when a code is not handled. A code the
platform adds later is not known, and reaches the \`else\`.

\`\`\`ts
import { isKnown${P}Error, is${P}Error, type ${P}ErrorCode, ${name}ErrorCatalog } from "@novita/errors-${name}";

function advice(err: unknown): string {
  if (isKnown${P}Error(err)) {
    switch (err.category) {
      case "rate_limit":
        return "slow down";
      default:
        return err.description;
    }
  }
  return is${P}Error(err) ? \`undocumented \${err.code}\` : "not ${d.article} ${d.label} error";
}

function statusOf(code: ${P}ErrorCode): number {
  return ${name}ErrorCatalog[code].status;
}
\`\`\``;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function byHand(d) {
  const { name, Pascal: P } = d;
  const Sample = d.className(d.sample);
  return `## Build one by hand

For tests, mocks and servers: every class takes an optional \`{ message, status, metadata,
requestId, retryAfterMs, headers, cause }\`; the domain base, abstract, is built by
\`create${P}Error(options)\`, which also takes any \`code\`.
\`JSON.stringify\` gives the platform's wire body, which \`parse${P}Error\` turns back into an equal
error.

\`\`\`ts
import { ${Sample}, create${P}Error, parse${P}Error } from "@novita/errors-${name}";

const error = new ${Sample}({ requestId: "req-1", metadata: { window: "60s" } });
const later = create${P}Error({ code: "A_CODE_ADDED_LATER", status: 409 });
const back = parse${P}Error({ status: error.status, body: JSON.stringify(error) });
console.log(back instanceof ${Sample}, later.category); // true "conflict"
\`\`\``;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function codes(d) {
  const rows = d.entries.map(
    (entry) =>
      `| \`${entry.code}\` | \`${d.className(entry.code)}\` | ${entry.status} | \`${entry.category}\` | ${entry.retryable ? "yes" : "no"} | ${entry.description} |`,
  );
  return [
    "## Codes",
    "",
    "| code | class | status | category | retryable | description |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The shared sections, by marker name, in the order a new README has them. */
export const SECTIONS = { install, switch: switchOverCodes, "by-hand": byHand, codes };

const open = (/** @type {string} */ section) =>
  `<!-- generated:${section} (pnpm generate writes this section from src/catalog.ts) -->`;
const close = (/** @type {string} */ section) => `<!-- /generated:${section} -->`;

/**
 * A README with its shared sections written anew; throws when a marker is missing.
 * @param {import("./load-domain.mjs").DomainModel} d
 * @param {string} readme
 */
export function renderReadme(d, readme) {
  let text = readme;
  for (const [section, render] of Object.entries(SECTIONS)) {
    const start = text.indexOf(`<!-- generated:${section} `);
    const end = text.indexOf(close(section));
    if (start < 0 || end < start) {
      throw new Error(
        `${d.folder}/README.md must hold the markers of its "${section}" section: ${open(section)} … ${close(section)}`,
      );
    }
    text = `${text.slice(0, start)}${open(section)}\n${render(d)}\n${text.slice(end)}`;
  }
  return text;
}

/**
 * The README of a new domain: a title, an introduction to write, and the shared sections.
 * @param {import("./load-domain.mjs").DomainModel} d
 */
export function newReadme(d) {
  return [
    `# @novita/errors-${d.name}`,
    "",
    `Typed errors for the Novita AI ${d.label} APIs: one class for each documented code, with its exact`,
    "status and description, and a parser that turns any failed response into one.",
    "",
    ...Object.keys(SECTIONS).flatMap((section) => [open(section), close(section), ""]),
  ].join("\n");
}
