// The README examples and recipes of a domain that need nothing but that domain package (no
// network client), written out as JavaScript modules for a consumer folder, with a runner that
// loads each one and drives the recipes against a local server.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";

export interface ReadmeBlock {
  /** The recipe id (`llm/fetch`), or `example-<n>` for an example. */
  readonly id: string;
  readonly code: string;
}

/** The ```ts blocks of `readme` whose every import is `pkg`. */
export function blocksNeedingOnly(readme: string, pkg: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  let examples = 0;
  for (const match of readme.matchAll(/(?:<!-- recipe: ([\w/-]+) -->\n)?```ts\n([\s\S]*?)```/g)) {
    const code = match[2] ?? "";
    const id = match[1] ?? `example-${++examples}`;
    const imports = [...code.matchAll(/from "([^"]+)"/g)].map((found) => found[1]);
    if (imports.length > 0 && imports.every((name) => name === pkg)) blocks.push({ id, code });
  }
  return blocks;
}

/**
 * What the runner does with a recipe beyond loading it, by id: JavaScript that gets the recipe's
 * module as `recipe` and the consumer's domain package as `llm`, and returns a line to compare.
 */
export const RECIPE_SCENARIOS: Readonly<Record<string, string>> = {
  "llm/fetch": `
    try {
      await recipe.post(new URL("/v3/openai/chat/completions", SERVER).href, { model: "m" });
      return "no error";
    } catch (error) {
      return [error instanceof llm.RateLimitExceededError, error.code, error.requestId, error.retryAfterMs].join(" ");
    }`,
  "llm/retry": `
    let calls = 0;
    const answer = await recipe.withRetries(async () => {
      calls += 1;
      if (calls === 1) throw new llm.ServiceNotAvailableError({ retryAfterMs: 1 });
      return "ok";
    });
    return \`\${answer} after \${calls} calls\`;`,
};

/**
 * Writes the blocks (as ES modules), a prelude (the names examples use without defining; a
 * `fetch` that sends whatever is not 127.0.0.1 to `server`) and `runner.mjs`, which prints one
 * `REHEARSAL_RESULT <json>` line: for each block, whether it ran, threw a typed error (an example
 * that calls the API and gets the server's 429), or failed; and each recipe scenario's line.
 */
export function writeBlocks(folder: string, blocks: readonly ReadmeBlock[], server: string): void {
  writeFileSync(
    path.join(folder, "prelude.mjs"),
    `const SERVER = new URL(${JSON.stringify(server)});
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== "127.0.0.1") {
    url.protocol = SERVER.protocol;
    url.host = SERVER.host;
  }
  return realFetch(url, init);
};
Object.assign(globalThis, {
  apiKey: "sk-rehearsal",
  request: { method: "POST", body: "{}" },
  taskId: "task-rehearsal",
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 10))),
});
`,
  );
  const files = blocks.map((block, index) => {
    const file = `block-${index}.mjs`;
    const { code } = transformSync(block.code, { loader: "ts", format: "esm", target: "es2022" });
    writeFileSync(path.join(folder, file), `import "./prelude.mjs";\n${code}`);
    return { id: block.id, file };
  });
  writeFileSync(
    path.join(folder, "runner.mjs"),
    `import * as llm from "@novita/errors-llm";
const SERVER = ${JSON.stringify(server)};
const scenarios = {
${Object.entries(RECIPE_SCENARIOS)
  .map(([id, body]) => `  ${JSON.stringify(id)}: async (recipe) => {${body}\n  },`)
  .join("\n")}
};
const results = {};
for (const { id, file } of ${JSON.stringify(files)}) {
  let recipe;
  try {
    recipe = await import(\`./\${file}\`);
    results[id] = { loaded: "ran" };
  } catch (error) {
    results[id] = { loaded: llm.isNovitaError(error) ? \`typed \${error.code}\` : \`failed \${error?.stack ?? error}\` };
    continue;
  }
  if (scenarios[id] !== undefined) {
    results[id].scenario = await scenarios[id](recipe).catch((error) => \`failed \${error?.stack ?? error}\`);
  }
}
console.log(\`REHEARSAL_RESULT \${JSON.stringify(results)}\`);
`,
  );
}

/** The runner's result, read off its output. */
export function readResult(output: string): Record<string, { loaded: string; scenario?: string }> {
  const line = output.split("\n").find((candidate) => candidate.startsWith("REHEARSAL_RESULT "));
  if (line === undefined) throw new Error(`the runner printed no result:\n${output}`);
  return JSON.parse(line.slice("REHEARSAL_RESULT ".length));
}
