// Every file of a domain that derives from its catalog, one renderer each.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { format } from "./format.mjs";
import { loadDomain, root } from "./load-domain.mjs";
import { renderCodeClasses } from "./render-code-classes.mjs";
import { renderDomainBase } from "./render-domain-base.mjs";
import { renderGuard } from "./render-guard.mjs";
import { renderIndex } from "./render-index.mjs";
import { renderParse } from "./render-parse.mjs";
import { renderReadme } from "./render-readme.mjs";

/**
 * Path relative to the repository → content, for every derived file of `name`.
 * @param {string} name
 * @returns {Promise<Record<string, string>>}
 */
export async function renderDomainFiles(name, base = root) {
  const d = await loadDomain(name, base);
  const sources = {
    [`${d.folder}/src/generated/${name}-error.ts`]: renderDomainBase(d),
    [`${d.folder}/src/generated/code-error-classes.ts`]: renderCodeClasses(d),
    [`${d.folder}/src/generated/is-${name}-error.ts`]: renderGuard(d),
    [`${d.folder}/src/generated/parse-${name}-error.ts`]: renderParse(d),
    [`${d.folder}/src/index.ts`]: renderIndex(d),
  };
  const files = Object.fromEntries(Object.entries(sources).map(([file, content]) => [file, format(file, content)]));
  const readme = await readFile(path.join(base, d.folder, "README.md"), "utf8");
  files[`${d.folder}/README.md`] = renderReadme(d, readme);
  return files;
}
