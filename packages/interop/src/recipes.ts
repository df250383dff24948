// The README recipes (a ```ts block after `<!-- recipe: <id> -->`) of every package README
// and of docs/with-your-client.md, written out as modules to be compiled and run.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** Where the recipes are read from, relative to the repository's root. */
export const RECIPE_SOURCES = [
  ...["core", "media", "llm", "gpu", "billing"].map((domain) => `packages/errors-${domain}/README.md`),
  "docs/with-your-client.md",
];

export interface Recipe {
  readonly id: string;
  readonly file: string;
}

/** Every recipe, written out as a module under `.type-fixtures/<folder>` (emptied first). */
export function writeRecipes(folder: string): { folder: string; recipes: Recipe[] } {
  const into = fileURLToPath(new URL(`../.type-fixtures/${folder}`, import.meta.url));
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  writeFileSync(path.join(into, "package.json"), JSON.stringify({ type: "module" }));
  const recipes: Recipe[] = [];
  for (const source of RECIPE_SOURCES) {
    const text = readFileSync(path.join(root, source), "utf8");
    for (const [, id = "", code = ""] of text.matchAll(/<!-- recipe: ([\w/-]+) -->\n```ts\n([\s\S]*?)```/g)) {
      const file = path.join(into, `${id.replace("/", "-")}.ts`);
      // openai 6's recipe, run with openai 6 (the workspace's `openai` is 7).
      writeFileSync(file, id === "llm/openai-6" ? code.replace('from "openai"', 'from "openai-6"') : code);
      recipes.push({ id, file });
    }
  }
  return { folder: into, recipes };
}

/** A recipe module, as it was compiled. */
export async function loadRecipe(
  recipes: readonly Recipe[],
  id: string,
): Promise<Record<string, (...args: never[]) => Promise<unknown>>> {
  const recipe = recipes.find((candidate) => candidate.id === id);
  if (recipe === undefined) throw new Error(`no recipe ${id} in the READMEs`);
  return import(pathToFileURL(recipe.file).href);
}
