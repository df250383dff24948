// Rewrites the entries of a domain's src/catalog.ts, leaving the rest of the file (its label,
// comments, TSDoc) as the maintainer wrote it.

/**
 * @typedef {import("../domain/load-domain.mjs").CatalogEntry} CatalogEntry
 */

/** @param {readonly CatalogEntry[]} entries */
function renderEntries(entries) {
  return entries
    .map(
      (entry) => `  ${entry.code}: {
    code: ${JSON.stringify(entry.code)},
    status: ${entry.status},
    description: ${JSON.stringify(entry.description)},
    category: ${JSON.stringify(entry.category)},
    retryable: ${entry.retryable},
  },
`,
    )
    .join("");
}

/**
 * `source` (a catalog.ts) with the entries of `<name>ErrorCatalog` replaced by `entries`.
 * @param {string} source
 * @param {string} name
 * @param {readonly CatalogEntry[]} entries
 */
export function withEntries(source, name, entries) {
  const opening = new RegExp(`export const ${name}ErrorCatalog = [^\\n]*defineCatalog\\(\\{\\n`).exec(source);
  if (opening === null)
    throw new Error(`packages/errors-${name}/src/catalog.ts: no \`${name}ErrorCatalog = defineCatalog({\``);
  const start = opening.index + opening[0].length;
  const end = source.indexOf("\n});", start - 1);
  if (end === -1) throw new Error(`packages/errors-${name}/src/catalog.ts: the catalog does not end with \`});\``);
  return `${source.slice(0, start)}${renderEntries(entries)}${source.slice(end + 1)}`;
}
