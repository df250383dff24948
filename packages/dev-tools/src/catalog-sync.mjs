#!/usr/bin/env node
import { execFileSync } from "node:child_process";
// When the platform's error table changes: `pnpm catalog:sync <table> [--check]`. Reads the
// table (the text copied from the docs page, or the TSV form), compares it with every domain's
// catalog, and unless --check: rewrites the catalogs that differ (a code they keep keeps its
// hand-chosen category and retryability; a new code gets its status's, to review), regenerates
// their files, writes one changeset per changed domain with the bump the change needs, and
// updates the repository's copy of the table. With --check it changes nothing and exits 1 when
// the catalogs and the table differ. A table that cannot be read is refused, naming the line,
// before anything is written.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bumpFor, compareCatalog, describeChange } from "./catalog/compare-catalogs.mjs";
import { readTable, renderText, renderTsv, TableError } from "./catalog/read-table.mjs";
import { withEntries } from "./catalog/write-catalog.mjs";
import { discoverDomains, loadDomain, loadStatusRules, root } from "./domain/load-domain.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const [file] = args.filter((arg) => !arg.startsWith("--"));
if (file === undefined) {
  console.error("Usage: pnpm catalog:sync <table.txt | table.tsv> [--check]");
  process.exit(2);
}

let rows;
try {
  rows = readTable(readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8"));
} catch (error) {
  console.error(`catalog:sync: ${file}: ${error instanceof TableError ? error.message : error}`);
  console.error("Nothing was written.");
  process.exit(2);
}

const rules = await loadStatusRules();
/** @type {{ name: string, changes: import("./catalog/compare-catalogs.mjs").Change[], entries: import("./domain/load-domain.mjs").CatalogEntry[], observed: import("./domain/load-domain.mjs").ObservedEntry[] | undefined }[]} */
const changed = [];
for (const name of discoverDomains()) {
  const domain = await loadDomain(name);
  const own = rows.filter((row) => row.domain === name);
  const changes = compareCatalog(domain.entries, own, rules, domain.observed);
  if (changes.length === 0) continue;
  const kept = new Map(domain.entries.map((entry) => [entry.code, entry]));
  /** @type {Map<string, { category: string, retryable: boolean }>} */
  const derived = new Map();
  for (const change of changes) {
    if (change.kind === "added") derived.set(change.row.code, change);
    if (change.kind === "adopted") derived.set(change.row.code, change.observed);
  }
  const entries = own.map((row) => {
    const before = kept.get(row.code);
    const added = derived.get(row.code);
    return {
      code: row.code,
      status: row.status,
      description: row.description,
      category: before?.category ?? added?.category ?? "unknown",
      retryable: before?.retryable ?? added?.retryable ?? false,
    };
  });
  // The observed codes the table now lists leave the observed list; the others stay, always.
  const observed = domain.observed.filter((entry) => !own.some((row) => row.code === entry.code));
  changed.push({ name, changes, entries, observed: observed.length === domain.observed.length ? undefined : observed });
}

if (changed.length === 0) {
  console.log(`catalog:sync: every catalog matches ${file} (${rows.length} codes).`);
  process.exit(0);
}
for (const { name, changes } of changed) {
  console.log(`@novita/errors-${name}: ${bumpFor(changes)}`);
  for (const change of changes) console.log(`  - ${describeChange(change)}`);
}
if (check) {
  console.error(
    `catalog:sync --check: ${changed.length} catalog(s) differ from ${file}: run pnpm catalog:sync ${file}`,
  );
  process.exit(1);
}

for (const { name, changes, entries, observed } of changed) {
  const catalogFile = path.join(root, `packages/errors-${name}/src/catalog.ts`);
  let source = withEntries(readFileSync(catalogFile, "utf8"), `${name}ErrorCatalog`, entries);
  if (observed !== undefined) source = withEntries(source, `${name}ObservedCatalog`, observed);
  writeFileSync(catalogFile, source);
  const lines = changes.map((change) => `- ${describeChange(change)}`).join("\n");
  const summary = `The platform's error table changed (\`pnpm catalog:sync\`):\n\n${lines}\n`;
  const id = createHash("sha256").update(summary).digest("hex").slice(0, 8);
  writeFileSync(
    path.join(root, `.changeset/catalog-sync-${name}-${id}.md`),
    `---\n"@novita/errors-${name}": ${bumpFor(changes)}\n---\n\n${summary}`,
  );
}
const fixtures = path.join(root, "packages/conformance/fixtures");
writeFileSync(path.join(fixtures, "error-codes.txt"), renderText(rows));
writeFileSync(path.join(fixtures, "error-codes.tsv"), renderTsv(rows));
execFileSync(
  process.execPath,
  [path.join(root, "packages/dev-tools/src/generate-domain-files.mjs"), ...changed.map(({ name }) => name)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const review = changed.flatMap(({ changes }) => changes.filter((change) => change.kind === "added"));
if (review.length > 0) {
  console.log(
    `To review: the category and retryability of ${review.map((change) => change.kind === "added" && change.row.code).join(", ")} (in each catalog.ts).`,
  );
}
console.log("Then: pnpm api:update, and commit the catalogs, generated files, changesets and the table.");
