#!/usr/bin/env node
// Run after tsup in a published package's folder: the comments of the JavaScript in `dist` go.
// esbuild keeps the sources' comments (TSDoc of class members, the "why" notes, its `// src/…`
// markers), which the `.d.cts` files already carry for editors and which no runtime reads: every
// user installs them twice (ESM and CJS). The code itself is left as esbuild wrote it, names and
// layout, so a stack trace into `dist` still reads; annotations bundlers act on (`@__PURE__`,
// `#__PURE__`, `@__NO_SIDE_EFFECTS__`) and legal comments (`/*!`, `@license`) stay. Comments are
// found by TypeScript's parser at node boundaries, so a `//` inside a string, a template or a
// regular expression is never taken for one.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const KEEP = /^\/\*[!#]|@__PURE__|@__NO_SIDE_EFFECTS__|@license|@preserve/;

/**
 * `text` without its comments, but those bundlers act on or that a license requires.
 * @param {string} text JavaScript, as esbuild wrote it
 * @param {string} fileName its name, for the parser's messages
 * @returns {string}
 */
export function stripComments(text, fileName) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @type {Map<number, number>} */
  const ranges = new Map();
  /** @param {number} position */
  const collect = (position) => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, position) ?? []),
      ...(ts.getTrailingCommentRanges(text, position) ?? []),
    ]) {
      if (!KEEP.test(text.slice(range.pos, range.end))) ranges.set(range.pos, range.end);
    }
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    collect(node.pos);
    collect(node.end);
    ts.forEachChild(node, visit);
  };
  visit(source);
  let kept = "";
  let from = 0;
  for (let [start, end] of [...ranges].sort(([a], [b]) => a - b)) {
    if (start < from) continue;
    // A comment alone on its line takes the line with it.
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    if (
      text.slice(lineStart, start).trim() === "" &&
      text.slice(end, lineEnd === -1 ? undefined : lineEnd).trim() === ""
    ) {
      start = Math.max(lineStart, from);
      end = lineEnd === -1 ? text.length : lineEnd + 1;
    }
    kept += text.slice(from, start);
    from = end;
  }
  kept += text.slice(from);
  // What a comment left at the end of a line of code.
  return kept.replace(/[ \t]+$/gm, "");
}

/** Strips every JavaScript file of `folder`, in place; gives how many characters went. @param {string} folder */
export function stripFolder(folder) {
  let saved = 0;
  for (const file of readdirSync(folder)) {
    if (!/\.(?:c|m)?js$/.test(file)) continue;
    const text = readFileSync(path.join(folder, file), "utf8");
    const stripped = stripComments(text, file);
    saved += text.length - stripped.length;
    writeFileSync(path.join(folder, file), stripped);
  }
  return saved;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = path.resolve(process.argv[2] ?? "dist");
  console.log(`strip-comments: ${stripFolder(dist)} characters of comments removed from ${dist}`);
}
