/** The docs page's section headings, by domain package name. */
export declare const TABLE_HEADINGS: {
  readonly "Image / Video / Audio": "media";
  readonly LLM: "llm";
  readonly GPU: "gpu";
  readonly Billing: "billing";
};
/** One row of the platform's published table. */
export interface TableRow {
  readonly domain: string;
  readonly code: string;
  readonly status: number;
  readonly description: string;
  /** Where it was read, from 1. */
  readonly line: number;
}
/** A table that cannot be read: says which line, and why. */
export declare class TableError extends Error {
  readonly line: number;
  constructor(line: number, why: string);
}
/** The rows of a table (text or TSV form), in order; throws a `TableError` naming the line. */
export declare function readTable(text: string): TableRow[];
/** The table in its text form, as the docs page reads when copied. */
export declare function renderText(rows: readonly TableRow[]): string;
/** The table in its TSV form. */
export declare function renderTsv(rows: readonly TableRow[]): string;
