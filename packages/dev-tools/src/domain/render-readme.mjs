// The sections every domain README shares, written between markers
// (`<!-- generated:<name> … -->` … `<!-- /generated:<name> -->`); the rest of a
// README is the domain's own.

/** The repository's documents, linked absolutely: a README is read on npm too. */
const DOCS = "https://github.com/novitalabs/novita-errors/blob/main/docs";

/** @param {import("./load-domain.mjs").DomainModel} d */
function install(d) {
  return `## Install

\`\`\`sh
npm i @novita/errors-${d.name}
\`\`\`

That is all you install: it depends only on \`@novita/errors-core\` (a caret range) and re-exports
what applications use of it (\`NovitaError\`, \`isNovitaError\`, \`ErrorCategory\`, \`retry\`, the
writers…), so every example here imports from \`@novita/errors-${d.name}\` alone, under npm, pnpm and
Yarn PnP. Node 18+, browsers, Deno, Bun, edge workers; ESM and CJS with types; tree-shakeable.`;
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

/**
 * One recipe: a module of its own that exports one function, marked so that
 * the interop tests compile it and run it against a local server.
 * @param {string} id
 * @param {string} code
 */
function recipe(id, code) {
  return `<!-- recipe: ${id} -->\n\`\`\`ts\n${code.trim()}\n\`\`\``;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function withYourClient(d) {
  const { name, label } = d;
  const fromThrown = `${name}ErrorFromThrown`;
  const pkg = `@novita/errors-${name}`;
  return `## With your client

Catch what your client throws and hand it to \`${fromThrown}\`: a failed call to the ${label} API
becomes its typed error, with what the client threw as \`cause\`; anything else (a bug of yours, your
own \`createError(400)\`) gives \`undefined\`, so you rethrow it as it is. No answer at all gives status
\`0\`: \`CONNECTION_ERROR\` and \`TIMEOUT\` (retryable) or \`ABORTED\` (your cancel: not retryable).

The interop tests drive these real clients (every code; no-answer cases per client in the link below):
fetch, axios 1, ky 2 and 1, ofetch 1, got 16 and 11, superagent 10, wretch 3, node-fetch 3 and 2,
undici 8, Effect 3, openai 4 to 7, the AI SDK 6 and 7, LangChain, LlamaIndex, Mastra, novita-sdk 3.
[What each needs, with a recipe each](${DOCS}/with-your-client.md). Any other client is read by shape:
a \`response\` with an error \`status\` or \`statusCode\`, its body as data, text or bytes. Where the client
drops an \`AbortSignal.timeout\`'s reason (node-fetch, openai 4 to 6, LangChain), pass the signal along:
\`${fromThrown}(thrown, { signal })\` tells \`TIMEOUT\` from \`ABORTED\`.

\`fetch\`: a failed response is read by \`${name}ErrorFromResponse\` (a bounded prefix of its body).

${recipe(
  `${name}/fetch`,
  `
import { ${name}ErrorFromResponse, ${fromThrown} } from "${pkg}";

export async function post(url: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  } catch (thrown) {
    throw ${fromThrown}(thrown) ?? thrown; // no answer at all
  }
  if (!response.ok) throw await ${name}ErrorFromResponse(response);
  return response.json();
}`,
)}

axios (got, superagent, ky, ofetch, wretch alike): the response hangs off the error.

${recipe(
  `${name}/axios`,
  `
import axios from "axios";
import { ${fromThrown} } from "${pkg}";

export async function post(url: string, body: unknown): Promise<unknown> {
  try {
    return (await axios.post(url, body)).data;
  } catch (thrown) {
    throw ${fromThrown}(thrown) ?? thrown;
  }
}`,
)}`;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function retrySection(d) {
  const { name, Pascal: P } = d;
  const fromThrown = `${name}ErrorFromThrown`;
  const pkg = `@novita/errors-${name}`;
  return `## Retry

\`retry(fn, options)\` runs \`fn\` again while it fails with a retryable error, waiting the
platform's Retry-After (capped at 60 s) or a full-jitter backoff; \`classify\` types what your client
threw (anything else is rethrown at once, as it is). Options: \`attempts\` (3), a \`signal\` (a cancel,
during a call or a wait, ends it at once), \`onRetry\` and a shared \`budget\` (\`createRetryBudget()\`,
a token bucket, so that an outage does not multiply your traffic). \`retryDelay(error, attempt)\` is
the delay alone.

${recipe(
  `${name}/retry`,
  `
import { createRetryBudget, ${fromThrown}, retry } from "${pkg}";

const budget = createRetryBudget(); // one per service, shared by every call

export function withRetries<T>(call: () => Promise<T>): Promise<T> {
  return retry(call, { classify: ${fromThrown}, attempts: 4, budget });
}`,
)}

With p-retry, let \`retryDelay\` set the wait (p-retry's own backoff set to 0, or the two add up):

${recipe(
  `${name}/p-retry`,
  `
import { is${P}Error, ${fromThrown}, retryDelay } from "${pkg}";
import pRetry from "p-retry";

export function withRetries<T>(call: () => Promise<T>): Promise<T> {
  const typed = async () => {
    try {
      return await call();
    } catch (thrown) {
      throw ${fromThrown}(thrown) ?? thrown;
    }
  };
  return pRetry(typed, {
    retries: 3,
    minTimeout: 0,
    maxTimeout: 0,
    shouldRetry: ({ error }) => is${P}Error(error) && error.retryable,
    onFailedAttempt: ({ error, attemptNumber }) =>
      new Promise((resolve) => setTimeout(resolve, retryDelay(error, attemptNumber) ?? 0)),
  });
}`,
)}`;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function byHand(d) {
  const { name, Pascal: P } = d;
  const Sample = d.className(d.sample);
  return `## Build one by hand

For tests, mocks and servers: every class takes an optional \`{ message, status, metadata,
requestId, retryAfterMs, headers, cause }\`; the domain base, abstract, is built by
\`create${P}Error(options)\`, which also takes any \`code\`.
\`JSON.stringify\` gives the error as it is in memory (\`name\`, the string \`code\`, \`status\`, \`message\`,
…), for logs; \`toWireResponse\` the platform's own status, headers and body, for a server
or a mock. \`parse${P}Error\` turns either back into an equal error.

\`\`\`ts
import { ${Sample}, create${P}Error, parse${P}Error, toWireResponse } from "@novita/errors-${name}";

const error = new ${Sample}({ requestId: "req-1", metadata: { window: "60s" } });
const later = create${P}Error({ code: "A_CODE_ADDED_LATER", status: 409 });
const fromLog = parse${P}Error(JSON.parse(JSON.stringify(error)));
const fromWire = parse${P}Error(toWireResponse(error)); // { status, headers, body }
console.log(fromLog instanceof ${Sample}, fromWire.requestId, later.category); // true "req-1" "conflict"
\`\`\``;
}

/** @param {import("./load-domain.mjs").DomainModel} d */
function codes(d) {
  const rows = d.entries.map(
    (entry) =>
      `| \`${entry.code}\` | \`${d.className(entry.code)}\` | ${entry.status} | \`${entry.category}\` | ${entry.retryable ? "yes" : "no"} | ${entry.description} |`,
  );
  const observed = d.observed.map(
    (entry) =>
      `| \`${entry.code}\` | \`${d.className(entry.code)}\` | ${entry.status} | \`${entry.category}\` | ${entry.retryable ? "yes" : "no"} | ${entry.description} | ${entry.source} |`,
  );
  return [
    "## Codes",
    "",
    "| code | class | status | category | retryable | description |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    ...(observed.length === 0
      ? []
      : [
          "",
          "### Observed codes",
          "",
          "Seen from the API but not in its published table: each has its class and narrows the guard like a",
          "documented code, with its status as observed. `pnpm catalog:sync` moves one to the table above once the",
          "platform documents it.",
          "",
          "| code | class | status | category | retryable | description | seen in |",
          "| --- | --- | --- | --- | --- | --- | --- |",
          ...observed,
        ]),
  ].join("\n");
}

/** The shared sections, by marker name, in the order a new README has them. */
export const SECTIONS = {
  install,
  switch: switchOverCodes,
  retry: retrySection,
  clients: withYourClient,
  "by-hand": byHand,
  codes,
};

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
