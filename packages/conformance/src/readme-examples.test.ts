// Every TypeScript example in the READMEs compiles against the built packages,
// and errors-core's README shows every one of its exports.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compileFixture, README_COMPILER_OPTIONS } from "@novita/errors-dev-tools/compile-fixture";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./seed.js";

const folder = path.resolve(repositoryRoot, "packages/conformance/.type-fixtures/readme");

// Names the examples use without defining, as a reader's own code would have them.
const prelude = `
declare const apiKey: string;
declare const request: RequestInit;
declare const taskId: string;
declare function sleep(ms: number): Promise<void>;
`;

const readmes = [
  "README.md",
  ...["core", "media", "llm", "gpu", "billing"].map((name) => `packages/errors-${name}/README.md`),
  // The toolkit's documentation: the repository's, not in the published README.
  "packages/errors-core/TOOLKIT.md",
];

/** The TypeScript examples; recipes (after `<!-- recipe: … -->`) are compiled and run with their clients by packages/interop. */
function typescriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/(<!-- recipe: [\w/-]+ -->\n)?```ts\n([\s\S]*?)```/g)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2] ?? "");
}

describe("README examples", () => {
  it("should all compile as strict TypeScript against the built packages", () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const files: string[] = [];
    for (const readme of readmes) {
      const blocks = typescriptBlocks(readFileSync(path.join(repositoryRoot, readme), "utf8"));
      expect(blocks.length, `${readme} has examples`).toBeGreaterThan(0);
      blocks.forEach((block, index) => {
        const file = `${readme.replace(/[/.]/g, "_")}_${index}.ts`;
        // Each example is a module of its own.
        writeFileSync(path.join(folder, file), `${block}\nexport {};\n`);
        files.push(file);
      });
    }
    writeFileSync(path.join(folder, "prelude.d.ts"), prelude);
    writeFileSync(path.join(folder, "package.json"), JSON.stringify({ type: "module" }));
    const output = compileFixture(folder, ["prelude.d.ts", ...files], README_COMPILER_OPTIONS);
    expect(output).toBe("");
  }, 60_000);

  /** The names an entry point of errors-core exports, read from its source. */
  const exportsOf = (entry: string): string[] =>
    [
      ...readFileSync(path.join(repositoryRoot, `packages/errors-core/src/${entry}`), "utf8").matchAll(
        /export (?:type )?\{([^}]*)\}/g,
      ),
    ].flatMap((match) =>
      (match[1] ?? "")
        .split(",")
        .map((name) => name.replace(/^\s*type\s+/, "").trim())
        .filter(Boolean),
    );

  it("should show every export of errors-core in an example: the root's in its README, the toolkit's in TOOLKIT.md", async () => {
    const root = exportsOf("index.ts");
    const toolkit = exportsOf("internal.ts");
    expect(root.length).toBeGreaterThan(0);
    expect(toolkit.length).toBeGreaterThan(0);
    // The root entry is what applications use; the toolkit is only at /internal.
    expect(root.filter((name) => toolkit.includes(name))).toEqual([]);
    const examples = ["README.md", "TOOLKIT.md"]
      .flatMap((file) =>
        typescriptBlocks(readFileSync(path.join(repositoryRoot, "packages/errors-core", file), "utf8")),
      )
      .join("\n");
    const missing = [...root, ...toolkit].filter((name) => !new RegExp(`\\b${name}\\b`).test(examples));
    expect(missing).toEqual([]);
  });
});
