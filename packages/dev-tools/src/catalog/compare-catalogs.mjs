// What differs between a domain's catalog and the platform's table, and the
// version bump that difference needs under semver: a removed code or a changed
// status breaks a caller (major), an added code adds a class (minor), a changed
// description changes a default message (patch).

/**
 * @typedef {import("../domain/load-domain.mjs").CatalogEntry} CatalogEntry
 * @typedef {import("./read-table.mjs").TableRow} TableRow
 * @typedef {import("../domain/load-domain.mjs").ObservedEntry} ObservedEntry
 * @typedef {{ kind: "added", row: TableRow, category: string, retryable: boolean }
 *   | { kind: "adopted", row: TableRow, observed: ObservedEntry }
 *   | { kind: "removed", entry: CatalogEntry }
 *   | { kind: "status", entry: CatalogEntry, row: TableRow }
 *   | { kind: "description", entry: CatalogEntry, row: TableRow }} Change
 * @typedef {import("../release/pending-changesets.mjs").Bump} Bump
 */

import { largerBump } from "../release/pending-changesets.mjs";

/** @param {Change} change @returns {Bump} */
export function bumpOf(change) {
  return change.kind === "added" || change.kind === "adopted"
    ? "minor"
    : change.kind === "description"
      ? "patch"
      : "major";
}

/** The largest bump of `changes`, or undefined when there are none. @param {readonly Change[]} changes */
export function bumpFor(changes) {
  /** @type {Bump | undefined} */
  let bump;
  for (const change of changes) bump = largerBump(bump, bumpOf(change));
  return bump;
}

/**
 * How `entries` (a catalog, in order) differ from `rows` (the table's rows of that domain).
 * An observed code the table now lists is adopted (its class and chosen category kept); an
 * observed code the table does not list is never a change.
 * @param {readonly CatalogEntry[]} entries
 * @param {readonly TableRow[]} rows
 * @param {{ categoryFromStatus: (status: number) => string, retryableFromStatus: (status: number) => boolean }} rules
 * @param {readonly ObservedEntry[]} [observed]
 * @returns {Change[]}
 */
export function compareCatalog(entries, rows, rules, observed = []) {
  /** @type {Change[]} */
  const changes = [];
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  const listed = new Set(rows.map((row) => row.code));
  for (const row of rows) {
    const entry = byCode.get(row.code);
    const seen = observed.find((candidate) => candidate.code === row.code);
    if (entry === undefined && seen !== undefined) {
      changes.push({ kind: "adopted", row, observed: seen });
      continue;
    }
    if (entry === undefined) {
      changes.push({
        kind: "added",
        row,
        category: rules.categoryFromStatus(row.status),
        retryable: rules.retryableFromStatus(row.status),
      });
      continue;
    }
    if (entry.status !== row.status) changes.push({ kind: "status", entry, row });
    if (entry.description !== row.description) changes.push({ kind: "description", entry, row });
  }
  for (const entry of entries) if (!listed.has(entry.code)) changes.push({ kind: "removed", entry });
  return changes;
}

/** One line of the report and of the changeset. @param {Change} change */
export function describeChange(change) {
  switch (change.kind) {
    case "added":
      return `added \`${change.row.code}\` (${change.row.status}, "${change.row.description}"; category \`${change.category}\`, ${change.retryable ? "retryable" : "not retryable"}: from its status, to review)`;
    case "adopted":
      return `adopted the observed \`${change.row.code}\` (${change.row.status}, "${change.row.description}"; its category \`${change.observed.category}\` kept, seen in ${change.observed.source})`;
    case "removed":
      return `removed \`${change.entry.code}\` (${change.entry.status}): its class is gone`;
    case "status":
      return `\`${change.entry.code}\`: status ${change.entry.status} → ${change.row.status}`;
    case "description":
      return `\`${change.entry.code}\`: description "${change.entry.description}" → "${change.row.description}"`;
  }
}
