// The maintainers' path when the platform's table changes, run whole in a copy of the
// repository: `pnpm catalog:sync <table>` with a table that adds an llm code, changes a gpu
// status, removes a billing code and rewords a media description; then the version policy; then
// the regenerated packages built, type-checked, checked against the new table, and their API
// reports. Unreadable tables are refused before anything is written.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runPnpm } from "@novita/errors-dev-tools/run-pnpm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED } from "./pack.js";
import { classNameOf, repositoryRoot } from "./seed.js";

const SKIPPED = new Set(["node_modules", "dist", ".turbo", ".git", ".type-fixtures", "docs-html"]);
let copy: string;

/** A copy of the repository's files (what a clone holds), installed from the store, offline. */
function copyRepository(): string {
  const into = mkdtempSync(path.join(tmpdir(), "novita-catalog-sync-"));
  cpSync(repositoryRoot, into, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  runPnpm(["install", "--frozen-lockfile", "--offline"], into, repositoryRoot);
  return into;
}

const sync = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(copy, "packages/dev-tools/src/catalog-sync.mjs"), ...args], {
    cwd: copy,
    encoding: "utf8",
    // As `pnpm catalog:sync <table>` runs it from the copy's root.
    env: { ...process.env, INIT_CWD: copy },
  });
const versions = () =>
  Object.fromEntries(
    PUBLISHED.map((name) => [
      name,
      JSON.parse(readFileSync(path.join(copy, `packages/errors-${name}/package.json`), "utf8")).version,
    ]),
  );
const changesets = () => readdirSync(path.join(copy, ".changeset")).filter((file) => file.startsWith("catalog-sync-"));
const read = (file: string) => readFileSync(path.join(copy, file), "utf8");

const fixture = readFileSync(path.join(repositoryRoot, "packages/conformance/fixtures/error-codes.txt"), "utf8");
const firstRowAfter = (heading: string) => {
  const lines = fixture.split("\n");
  return lines[lines.indexOf(heading) + 3] ?? "";
};
const gpuRow = firstRowAfter("GPU");
const [, gpuCode = "", gpuStatus = "", gpuRest = ""] = /^([A-Z][A-Z0-9_]*?)(\d{3})(.*)$/.exec(gpuRow) ?? [];
const mediaRow = firstRowAfter("Image / Video / Audio");
const mediaCode = /^[A-Z][A-Z0-9_]*?(?=\d{3})/.exec(mediaRow)?.[0] ?? "";
const billingRow = fixture.trimEnd().split("\n").at(-1) ?? "";
const billingCode = /^[A-Z][A-Z0-9_]*?(?=\d{3})/.exec(billingRow)?.[0] ?? "";
const llmLast = firstRowAfter("LLM");
const newStatus = gpuStatus === "503" ? "502" : "503";

/** The four-change table: one added (llm), one status (gpu), one removed (billing), one description (media). */
const changedTable = fixture
  .replace(llmLast, `${llmLast}\nMODEL_OVERLOADED503The model is overloaded, please try again later`)
  .replace(gpuRow, `${gpuCode}${newStatus}${gpuRest}`)
  .replace(`\n${billingRow}`, "")
  .replace(mediaRow, `${mediaRow} (reworded)`);

let before: Record<string, string>;
let report: ReturnType<typeof sync>;

beforeAll(() => {
  copy = copyRepository();
  // The first release, so that the bumps below read from 1.0.0.
  execFileSync(process.execPath, ["packages/dev-tools/src/version-packages.mjs"], { cwd: copy, stdio: "pipe" });
  before = versions();
  writeFileSync(path.join(copy, "table.txt"), changedTable);
  report = sync("table.txt", "--check");
}, 600_000);

afterAll(() => {
  if (copy !== undefined && process.env.KEEP_COPY === undefined) rmSync(copy, { recursive: true, force: true });
});

describe("pnpm catalog:sync on a table with four changes", () => {
  it("should report them with --check, change nothing, and exit 1", () => {
    expect(report.status).toBe(1);
    expect(report.stdout).toContain("@novita/errors-llm: minor\n  - added `MODEL_OVERLOADED` (503");
    expect(report.stdout).toContain(
      `@novita/errors-gpu: major\n  - \`${gpuCode}\`: status ${gpuStatus} → ${newStatus}`,
    );
    expect(report.stdout).toContain(`@novita/errors-billing: major\n  - removed \`${billingCode}\``);
    expect(report.stdout).toContain(`@novita/errors-media: patch\n  - \`${mediaCode}\`: description`);
    expect(changesets()).toEqual([]);
    expect(read("packages/conformance/fixtures/error-codes.txt")).toBe(fixture);
  });

  it("should write one changeset per changed domain with its bump, and the repository's table", () => {
    const run = sync("table.txt");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("To review: the category and retryability of MODEL_OVERLOADED");
    const bumps = changesets()
      .map((file) =>
        /^---\n"(@novita\/[\w-]+)": (\w+)\n---/
          .exec(read(`.changeset/${file}`))
          ?.slice(1)
          .join(" "),
      )
      .sort();
    expect(bumps).toEqual([
      "@novita/errors-billing major",
      "@novita/errors-gpu major",
      "@novita/errors-llm minor",
      "@novita/errors-media patch",
    ]);
    expect(read("packages/conformance/fixtures/error-codes.txt")).toBe(changedTable);
    expect(read("packages/conformance/fixtures/error-codes.tsv")).toContain("llm\tMODEL_OVERLOADED\t503\t");
    expect(read("packages/errors-llm/src/catalog.ts")).toContain('code: "MODEL_OVERLOADED"');
    expect(read("packages/errors-billing/src/catalog.ts")).not.toContain(`code: "${billingCode}"`);
  });

  it("should change nothing the second time", () => {
    const written = changesets();
    const again = sync("table.txt");
    expect([again.status, again.stdout.trim()]).toEqual([
      0,
      "catalog:sync: every catalog matches table.txt (96 codes).",
    ]);
    expect(changesets()).toEqual(written);
    expect(sync("table.txt", "--check").status).toBe(0);
  });

  it("should move exactly those four packages, by minor, major, major and patch", () => {
    execFileSync(process.execPath, ["packages/dev-tools/src/version-packages.mjs"], { cwd: copy, stdio: "pipe" });
    expect(before).toEqual(Object.fromEntries(PUBLISHED.map((name) => [name, "1.0.0"])));
    expect(versions()).toEqual({ core: "1.0.0", media: "1.0.1", llm: "1.1.0", gpu: "2.0.0", billing: "2.0.0" });
  });

  it("should build, type-check and pass conformance against the new table, API reports changed only there", () => {
    runPnpm(["install", "--frozen-lockfile", "--offline"], copy, repositoryRoot);
    runPnpm(
      ["exec", "turbo", "run", "build", "typecheck", "api:update", "--filter=./packages/errors-*"],
      copy,
      repositoryRoot,
    );
    const checked = runPnpm(
      [
        "--filter",
        "@novita/errors-conformance",
        "exec",
        "vitest",
        "run",
        "src/seed-conformance.test.ts",
        "src/generated-files.test.ts",
      ],
      copy,
      repositoryRoot,
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: vitest's colours
    expect(checked.replace(/\u001b\[[0-9;]*m/g, "")).toMatch(/Test Files\s+2 passed/);
    const reportOf = (root: string, name: string) =>
      readFileSync(path.join(root, `packages/errors-${name}/etc/errors-${name}.api.md`), "utf8");
    expect(reportOf(copy, "core")).toBe(reportOf(repositoryRoot, "core"));
    // A report is a list of declarations (blocks between blank lines): each one that differs must
    // be about the code the table changed (its class, its catalog entry, the lists of classes).
    const changedCodes: Record<string, string> = {
      llm: "MODEL_OVERLOADED",
      gpu: gpuCode,
      billing: billingCode,
      media: mediaCode,
    };
    for (const [name, code] of Object.entries(changedCodes)) {
      // Each declaration by its name; a declaration that changed, came or went must be about the code.
      const declarations = (root: string) =>
        new Map(
          reportOf(root, name)
            .split(/(?:\r?\n){2,}/)
            .map((block) => [/^export (?:declare )?\w+ (\w+)/m.exec(block)?.[1] ?? block, block] as const),
        );
      const [was, now] = [declarations(repositoryRoot), declarations(copy)];
      const differing = [...new Set([...was.keys(), ...now.keys()])].filter((key) => was.get(key) !== now.get(key));
      expect(differing.length, `${name}: its report changed`).toBeGreaterThan(0);
      const about = new RegExp(`\\b(${code}|${classNameOf(code)})\\b`);
      for (const key of differing)
        expect(`${was.get(key) ?? ""}\n${now.get(key) ?? ""}`, `${name}: ${key}`).toMatch(about);
    }
  }, 600_000);
});

describe("pnpm catalog:sync and the codes seen in the wild", () => {
  const observedBlock = () =>
    /mediaObservedCatalog = [^\n]*\(\{\n([\s\S]*?)\n\}\);/.exec(read("packages/errors-media/src/catalog.ts"))?.[1];

  it("should never remove an observed code the table does not list", () => {
    expect(observedBlock()).toContain('code: "ANONYMOUS_ACCESS_QUOTA_EXCEEDS"');
  });

  it("should move an observed code to the documented ones once the table lists it, its category kept", () => {
    const adopted = changedTable.replace(
      `${mediaRow} (reworded)`,
      `${mediaRow} (reworded)\nANONYMOUS_ACCESS_QUOTA_EXCEEDS429Anonymous access quota exceeded`,
    );
    writeFileSync(path.join(copy, "adopted.txt"), adopted);
    const run = sync("adopted.txt");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "@novita/errors-media: minor\n  - adopted the observed `ANONYMOUS_ACCESS_QUOTA_EXCEEDS` (429",
    );
    const catalog = read("packages/errors-media/src/catalog.ts");
    expect(catalog).toMatch(
      /code: "ANONYMOUS_ACCESS_QUOTA_EXCEEDS",\n {4}status: 429,\n {4}description: "Anonymous access quota exceeded",\n {4}category: "quota_exceeded",\n {4}retryable: false,\n {2}\},\n[\s\S]*mediaObservedCatalog/,
    );
    expect(observedBlock() ?? "").not.toContain("ANONYMOUS_ACCESS_QUOTA_EXCEEDS");
  });
});

describe("pnpm catalog:sync on a table it cannot read", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a row without a status",
      fixture.replace(llmLast, "MODEL_OVERLOADEDThe model is overloaded"),
      /line \d+: MODEL_OVERLOADED has no status/,
    ],
    [
      "a heading of no known domain",
      `${fixture}\n\nSandbox\n\nError NameStatus CodeDescription\nSANDBOX_GONE404Gone`,
      /line \d+: "Sandbox" is no domain.*pnpm new-domain sandbox/,
    ],
    [
      "a code twice in one domain",
      fixture.replace(llmLast, `${llmLast}\n${llmLast}`),
      /line \d+: \w+ is in llm twice \(first at line \d+\)/,
    ],
  ];

  it.each(cases)("should refuse %s, naming the line, and write nothing", (_, table, message) => {
    const files = ["packages/errors-llm/src/catalog.ts", "packages/conformance/fixtures/error-codes.txt"];
    const was = files.map(read);
    const pending = changesets();
    writeFileSync(path.join(copy, "bad.txt"), table);
    const run = sync("bad.txt");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Nothing was written.");
    expect(files.map(read)).toEqual(was);
    expect(changesets()).toEqual(pending);
  });
});
