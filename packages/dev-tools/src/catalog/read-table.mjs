// The platform's published error table, in either form the repository keeps it
// (packages/conformance/fixtures): the text copied from the docs page, or the TSV.

/** The docs page's section headings, by domain package name. */
export const TABLE_HEADINGS = /** @type {const} */ ({
  "Image / Video / Audio": "media",
  LLM: "llm",
  GPU: "gpu",
  Billing: "billing",
});

const TSV_HEADER = "domain\tcode\tstatus\tdescription";
const TEXT_HEADER = "Error NameStatus CodeDescription";

/**
 * @typedef {object} TableRow
 * @property {string} domain the domain package's name (`llm`)
 * @property {string} code
 * @property {number} status
 * @property {string} description
 * @property {number} line where it was read, from 1
 */

/** A table that cannot be read: says which line, and why. */
export class TableError extends Error {
  /** @param {number} line @param {string} why */
  constructor(line, why) {
    super(`line ${line}: ${why}`);
    this.name = "TableError";
    this.line = line;
  }
}

/**
 * The rows of a table, in order. Throws a `TableError` naming the line for a
 * row without a status, a heading of no known domain (with the command that
 * makes one), a code twice in one domain, or a row before any heading.
 * @param {string} text
 * @returns {TableRow[]}
 */
export function readTable(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const rows = lines[0]?.trim() === TSV_HEADER ? readTsv(lines) : readText(lines);
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const row of rows) {
    const key = `${row.domain} ${row.code}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new TableError(row.line, `${row.code} is in ${row.domain} twice (first at line ${first})`);
    seen.set(key, row.line);
  }
  return rows;
}

/** @param {string} heading @param {number} line */
function unknownHeading(heading, line) {
  const name = heading.toLowerCase().replace(/[^a-z0-9]/g, "") || "name";
  return new TableError(
    line,
    `"${heading}" is no domain this repository has: add its package first (pnpm new-domain ${name} "${heading}"), then map the heading in packages/dev-tools/src/catalog/read-table.mjs`,
  );
}

/** @param {string[]} lines @returns {TableRow[]} */
function readTsv(lines) {
  /** @type {TableRow[]} */
  const rows = [];
  const domains = new Set(Object.values(TABLE_HEADINGS));
  lines.forEach((text, index) => {
    const line = index + 1;
    if (index === 0 || text.trim() === "") return;
    const [domain = "", code = "", status = "", description = ""] = text.split("\t");
    if (!domains.has(/** @type {never} */ (domain))) throw unknownHeading(domain, line);
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new TableError(line, `"${code}" is no code (capitals, digits and _)`);
    if (!/^\d{3}$/.test(status)) throw new TableError(line, `${code} has no status`);
    rows.push({ domain, code, status: Number(status), description: description.trim(), line });
  });
  return rows;
}

/** @param {string[]} lines @returns {TableRow[]} */
function readText(lines) {
  /** @type {TableRow[]} */
  const rows = [];
  /** @type {string | undefined} */
  let domain;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === "" || text === TEXT_HEADER) return;
    if (text in TABLE_HEADINGS) {
      domain = TABLE_HEADINGS[/** @type {keyof typeof TABLE_HEADINGS} */ (text)];
      return;
    }
    const row = /^([A-Z][A-Z0-9_]*?)(\d{3})(\S.*)$/.exec(text);
    if (row !== null) {
      if (domain === undefined) throw new TableError(line, `${row[1]} comes before any domain heading`);
      rows.push({ domain, code: row[1] ?? "", status: Number(row[2]), description: (row[3] ?? "").trim(), line });
      return;
    }
    // A code (capitals with an underscore, or capitals run into a description) without its status.
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]*/.test(text) || /^[A-Z][A-Z0-9_]+[a-z]/.test(text)) {
      throw new TableError(line, `${/^[A-Z0-9_]+?(?=[A-Z][a-z]|[a-z\s]|$)/.exec(text)?.[0]} has no status`);
    }
    throw unknownHeading(text, line);
  });
  return rows;
}

/**
 * The table in its text form, as the docs page reads when copied.
 * @param {readonly TableRow[]} rows
 */
export function renderText(rows) {
  const sections = [];
  for (const [heading, domain] of Object.entries(TABLE_HEADINGS)) {
    const own = rows.filter((row) => row.domain === domain);
    if (own.length === 0) continue;
    sections.push(
      [heading, "", TEXT_HEADER, ...own.map((row) => `${row.code}${row.status}${row.description}`)].join("\n"),
    );
  }
  // As the docs page copies: no newline after the last row.
  return sections.join("\n\n");
}

/**
 * The table in its TSV form.
 * @param {readonly TableRow[]} rows
 */
export function renderTsv(rows) {
  return `${[TSV_HEADER, ...rows.map((row) => [row.domain, row.code, row.status, row.description].join("\t"))].join("\n")}\n`;
}
