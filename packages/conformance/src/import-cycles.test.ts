// No import cycle anywhere in the packages' sources, type-only imports included:
// each module can be read, and bundled, in the order its imports give.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./seed.js";

/** The relative imports of every runtime source file of a package, as a graph of absolute paths. */
function importGraph(packageFolder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.ts$/.test(entry.name) && !/\.test(-support)?\.ts$|\.test\.ts$/.test(entry.name)) {
        const source = readFileSync(file, "utf8");
        const targets = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)].map((match) =>
          path.resolve(path.dirname(file), (match[1] ?? "").replace(/\.js$/, ".ts")),
        );
        graph.set(file, targets);
      }
    }
  };
  walk(path.join(packageFolder, "src"));
  return graph;
}

/** The cycles of a graph, each as the chain of files that closes it. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open") cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const packages = readdirSync(path.join(repositoryRoot, "packages")).filter((name) => name.startsWith("errors-"));

describe("import cycles", () => {
  it("should find a cycle where there is one (the check reads real imports)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c", "a"]]);
    expect(importGraph(path.join(repositoryRoot, "packages/errors-core")).size).toBeGreaterThan(10);
  });

  for (const name of packages) {
    it(`should have none in ${name}`, () => {
      const cycles = cyclesOf(importGraph(path.join(repositoryRoot, "packages", name)));
      expect(cycles.map((cycle) => cycle.map((file) => path.relative(repositoryRoot, file)).join(" → "))).toEqual([]);
    });
  }
});
