// Every regular expression in the packages' runtime code runs on untrusted
// input. Proved linear without timing: each is read from the sources and
// checked to have no repetition that can backtrack without bound. A bounded
// repetition (`{0,64}`, `?`) costs at most its bound at each start; an
// unbounded one (`*`, `+`, `{n,}`) is allowed only where nothing can fail
// after it (at the very end of the pattern) or where the pattern is anchored at
// the start of the input, so that it is tried at one position only.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./seed.js";

interface Expression {
  readonly file: string;
  readonly pattern: string;
  readonly flags: string;
}

function runtimeSources(): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.test(-support)?\.ts$|\.test\.ts$/.test(entry.name)) files.push(full);
    }
  };
  for (const name of readdirSync(path.join(repositoryRoot, "packages"))) {
    if (name.startsWith("errors-")) walk(path.join(repositoryRoot, "packages", name, "src"));
  }
  return files;
}

function expressionsIn(file: string): Expression[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf("/");
      found.push({
        file: path.relative(repositoryRoot, file),
        pattern: text.slice(1, end),
        flags: text.slice(end + 1),
      });
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      found.push({ file: path.relative(repositoryRoot, file), pattern: "<new RegExp>", flags: "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The positions just after each unbounded repetition (`*`, `+`, `{n,}`) outside character classes. */
function unboundedRepetitions(pattern: string): number[] {
  const ends: number[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === "\\") {
      // An escape; `\p{…}` and `\u{…}` carry braces that are no repetition.
      index += /^\\[pPu]\{/.test(pattern.slice(index)) ? pattern.indexOf("}", index) - index + 1 : 2;
      continue;
    }
    if (char === "[") {
      index++;
      while (index < pattern.length && pattern[index] !== "]") index += pattern[index] === "\\" ? 2 : 1;
      index++;
      continue;
    }
    const open = /^\{\d+,\}/.exec(pattern.slice(index));
    if (char === "*" || char === "+" || open !== null) {
      const length = open === null ? 1 : open[0].length;
      // A lazy or possessive marker belongs to the repetition.
      const lazy = pattern[index + length] === "?" ? 1 : 0;
      ends.push(index + length + lazy);
      index += length + lazy;
      continue;
    }
    index++;
  }
  return ends;
}

function isLinear({ pattern, flags }: Expression): boolean {
  if (pattern === "<new RegExp>") return false;
  const anchored = (pattern.startsWith("^") && !flags.includes("m")) || flags.includes("y");
  if (anchored) return true;
  // Past an unbounded repetition only group closings and `$` may follow.
  return unboundedRepetitions(pattern).every((end) => /^[)$]*$/.test(pattern.slice(end)));
}

const expressions = runtimeSources().flatMap(expressionsIn);

describe("regular expressions on untrusted input", () => {
  it("should be found in the runtime sources (the check reads real code)", () => {
    expect(expressions.length).toBeGreaterThanOrEqual(8);
    expect(expressions.map((expression) => expression.pattern)).toContain("<title[^>]{0,64}>([^<]{0,480})");
  });

  it("should tell a quadratic pattern from a linear one", () => {
    expect(isLinear({ file: "", pattern: "<title[^>]*>([^<]*)<", flags: "i" })).toBe(false);
    expect(isLinear({ file: "", pattern: "(a+)+b", flags: "" })).toBe(false);
    expect(isLinear({ file: "", pattern: "\\s{2,}x", flags: "" })).toBe(false);
    expect(isLinear({ file: "", pattern: "^\\s*x", flags: "" })).toBe(true);
    expect(isLinear({ file: "", pattern: "[\\p{Cc}\\s]+", flags: "gu" })).toBe(true);
    expect(isLinear({ file: "", pattern: "a{0,64}b", flags: "" })).toBe(true);
  });

  for (const expression of expressions) {
    it(`should be linear: /${expression.pattern}/${expression.flags} in ${expression.file}`, () => {
      expect(isLinear(expression)).toBe(true);
    });
  }
});
