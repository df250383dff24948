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
${"source" in entry ? `    source: ${JSON.stringify(entry.source)},\n` : ""}  },
`,
    )
    .join("");
}

/**
 * `source` (a catalog.ts) with the entries of its `catalog` (`<name>ErrorCatalog`, or
 * `<name>ObservedCatalog`) replaced by `entries`.
 * @param {string} source
 * @param {string} catalog
 * @param {readonly (CatalogEntry & { source?: string })[]} entries
 */
export function withEntries(source, catalog, entries) {
  const opening = new RegExp(`export const ${catalog} = [^\\n]*defineCatalog\\(\\{\\n`).exec(source);
  if (opening === null) throw new Error(`catalog.ts: no \`${catalog} = defineCatalog({\``);
  const start = opening.index + opening[0].length;
  const end = source.indexOf("\n});", start - 1);
  if (end === -1) throw new Error(`catalog.ts: ${catalog} does not end with \`});\``);
  return `${source.slice(0, start)}${renderEntries(entries)}${source.slice(end + 1)}`;
}
