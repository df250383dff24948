// A release rehearsed as a release engineer and a new user would go through it, against a real
// registry on 127.0.0.1: the project's own version and release commands on a copy of the
// repository, then `@novita/errors-llm` alone installed in empty folders with npm, pnpm and
// Yarn (PnP), its README run there, its types checked, its bundle measured; then a core patch
// that a consumer takes alone; then a release whose core fails. Nothing is left behind.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { copyWorkspace } from "@novita/errors-dev-tools/copy-workspace";
import { measureBundle } from "@novita/errors-dev-tools/measure-bundle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalRegistry, startLocalRegistry } from "./local-registry.js";
import { type PackageManagers, packageManagers } from "./package-managers.js";
import { startPlatformServer } from "./platform-server.js";
import { blocksNeedingOnly, RECIPE_SCENARIOS, readResult, writeBlocks } from "./readme-blocks.js";
import { typeCheck } from "./type-check.js";

const repositoryRoot = path.resolve(import.meta.dirname, "../../..");
const devTools = path.join(repositoryRoot, "packages/dev-tools/src");
const PUBLISHED = ["core", "media", "llm", "gpu", "billing"].map((name) => `@novita/errors-${name}`);
const INSTALL_BUDGET_KB = 300;

let folder: string;
let workspace: string;
let registry: LocalRegistry;
let tools: PackageManagers;
let platform: { url: string; close(): Promise<void> };
const consumers: Record<"npm" | "pnpm" | "yarn", string> = { npm: "", pnpm: "", yarn: "" };

const versionPackages = () => tools.node([path.join(devTools, "version-packages.mjs")], workspace);
const release = () => tools.node([path.join(devTools, "release.mjs")], workspace);
const published = (output: string) => [...output.matchAll(/^release: published (\S+)$/gm)].map((match) => match[1]);
const version = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(workspace, `packages/errors-${name}/package.json`), "utf8")) as {
      version: string;
    }
  ).version;

/** `du -sk`: kilobytes as installed on disk, blocks included. */
const du = (target: string) => Number(execFileSync("du", ["-sk", target], { encoding: "utf8" }).split("\t")[0]);

function emptyFolder(name: string, manifest: object = {}): string {
  const consumer = path.join(folder, name);
  mkdirSync(consumer, { recursive: true });
  writeFileSync(
    path.join(consumer, "package.json"),
    JSON.stringify({ name, private: true, type: "module", ...manifest }, null, 2),
  );
  return consumer;
}

function addChangeset(file: string, bumps: Record<string, string>): void {
  const lines = Object.entries(bumps).map(([name, bump]) => `"@novita/errors-${name}": ${bump}`);
  writeFileSync(path.join(workspace, ".changeset", file), `---\n${lines.join("\n")}\n---\n\nRehearsal.\n`);
}

let firstRelease = "";
let secondRun = "";

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "novita-rehearsal-"));
  registry = await startLocalRegistry(path.join(folder, "registry"));
  tools = packageManagers(folder, registry);
  platform = await startPlatformServer();
  workspace = copyWorkspace(repositoryRoot, { shipped: true });
  await versionPackages();
  firstRelease = await release();
  secondRun = await release();
  console.log(`first release:\n${firstRelease}\nrun again:\n${secondRun}`);
});

afterAll(async () => {
  await platform?.close();
  await registry?.stop();
  for (const created of [folder, workspace])
    if (created !== undefined) rmSync(created, { recursive: true, force: true });
});

describe("pnpm release against a real registry", () => {
  it("should publish the five packages at 1.0.0, errors-core first, without provenance here", async () => {
    expect(firstRelease).toContain("provenance off");
    expect(published(firstRelease)).toEqual([
      "@novita/errors-core@1.0.0",
      "@novita/errors-billing@1.0.0",
      "@novita/errors-gpu@1.0.0",
      "@novita/errors-llm@1.0.0",
      "@novita/errors-media@1.0.0",
    ]);
    const llm = JSON.parse(await tools.npm(["view", "@novita/errors-llm@1.0.0", "--json"], folder));
    expect(llm.dependencies).toEqual({ "@novita/errors-core": "^1.0.0" });
    expect(llm.license).toBe("MIT");
  });

  it("should publish nothing when run again", () => {
    expect(published(secondRun)).toEqual([]);
    for (const name of PUBLISHED) expect(secondRun).toContain(`${name}@1.0.0 is on the registry already`);
  });
});

describe("npm i @novita/errors-llm, alone, in an empty folder", () => {
  beforeAll(async () => {
    consumers.npm = emptyFolder("npm-consumer");
    await tools.npm(["install", "@novita/errors-llm"], consumers.npm);
    consumers.pnpm = emptyFolder("pnpm-consumer");
    await tools.pnpm(["add", "@novita/errors-llm"], consumers.pnpm);
    consumers.yarn = emptyFolder("yarn-consumer");
    writeFileSync(
      path.join(consumers.yarn, ".yarnrc.yml"),
      [
        "nodeLinker: pnp",
        `npmRegistryServer: ${JSON.stringify(registry.url.replace(/\/$/, ""))}`,
        'unsafeHttpWhitelist: ["127.0.0.1"]',
        "enableTelemetry: false",
        "enableGlobalCache: false",
        "npmMinimalAgeGate: 0",
        "",
      ].join("\n"),
    );
    writeFileSync(path.join(consumers.yarn, "yarn.lock"), "");
    await tools.yarn(["add", "@novita/errors-llm"], consumers.yarn);
  });

  it("should install errors-llm and errors-core, nothing else, within the size budget with npm", async () => {
    const tree = JSON.parse(await tools.npm(["ls", "--all", "--json"], consumers.npm));
    expect(Object.keys(tree.dependencies)).toEqual(["@novita/errors-llm"]);
    expect(tree.dependencies["@novita/errors-llm"].version).toBe("1.0.0");
    expect(Object.keys(tree.dependencies["@novita/errors-llm"].dependencies)).toEqual(["@novita/errors-core"]);
    const sizes = {
      npm: du(path.join(consumers.npm, "node_modules")),
      pnpm: du(path.join(consumers.pnpm, "node_modules")),
      yarn: du(path.join(consumers.yarn, ".yarn/cache")),
    };
    console.log(
      `installed (du -sk): npm node_modules ${sizes.npm} KB, pnpm node_modules ${sizes.pnpm} KB, Yarn PnP .yarn/cache ${sizes.yarn} KB (zips)`,
    );
    // pnpm's folder adds its virtual store's layout (folders, links, lock), Yarn's holds zips: shown only.
    expect(sizes.npm).toBeLessThanOrEqual(INSTALL_BUDGET_KB);
  });

  it("should keep errors-core out of reach under pnpm's strict layout and Yarn PnP", () => {
    // Which is why the README imports nothing from it.
    expect(existsSync(path.join(consumers.pnpm, "node_modules/@novita/errors-llm"))).toBe(true);
    expect(existsSync(path.join(consumers.pnpm, "node_modules/@novita/errors-core"))).toBe(false);
    expect(existsSync(path.join(consumers.yarn, ".pnp.cjs"))).toBe(true);
    expect(existsSync(path.join(consumers.yarn, "node_modules"))).toBe(false);
  });

  it("should run every README example and recipe that needs no client, with npm, pnpm and Yarn PnP", async () => {
    const readme = readFileSync(path.join(consumers.npm, "node_modules/@novita/errors-llm/README.md"), "utf8");
    const blocks = blocksNeedingOnly(readme, "@novita/errors-llm");
    const recipes = blocks.map((block) => block.id).filter((id) => !id.startsWith("example-"));
    // Every such recipe is driven, and nothing is driven that the README lacks.
    expect(recipes.sort()).toEqual(Object.keys(RECIPE_SCENARIOS).sort());
    expect(blocks.length).toBeGreaterThan(recipes.length);
    for (const manager of ["npm", "pnpm", "yarn"] as const) {
      writeBlocks(consumers[manager], blocks, platform.url);
      const output =
        manager === "yarn"
          ? await tools.yarn(["node", "runner.mjs"], consumers.yarn)
          : await tools.node(["runner.mjs"], consumers[manager]);
      const results = readResult(output);
      expect(Object.keys(results).sort(), manager).toEqual(blocks.map((block) => block.id).sort());
      for (const [id, result] of Object.entries(results)) {
        // An example either runs, or calls the API (here the local server) and throws its typed error.
        expect(result.loaded, `${manager} ${id}`).toMatch(/^(ran|typed RATE_LIMIT_EXCEEDED)$/);
      }
      expect(results["llm/fetch"]?.scenario, manager).toBe("true RATE_LIMIT_EXCEEDED req-rehearsal 1000");
      expect(results["llm/retry"]?.scenario, manager).toBe("ok after 2 calls");
    }
  });

  it("should type-check a strict consumer with bundler, node16 ESM and node16 CJS resolution", () => {
    for (const [manager, consumer] of [
      ["npm", consumers.npm],
      ["pnpm", consumers.pnpm],
    ] as const) {
      for (const mode of ["bundler", "node16-esm", "node16-cjs"] as const) {
        expect(typeCheck(consumer, mode), `${manager} ${mode}`).toBe("");
      }
    }
  });

  it("should bundle one class, or the reader of what was thrown, without the rest", async () => {
    const oneClass = await measureBundle(
      'import { RateLimitExceededError } from "@novita/errors-llm"; console.log(new RateLimitExceededError());',
      consumers.npm,
    );
    const fromThrown = await measureBundle(
      'import { isLlmError, llmErrorFromThrown } from "@novita/errors-llm"; export const f = (e) => isLlmError(llmErrorFromThrown(e), "RATE_LIMIT_EXCEEDED");',
      consumers.npm,
    );
    console.log(
      `bundles (esbuild, min, gzip): one class ${oneClass.gzip} B, llmErrorFromThrown + isLlmError ${fromThrown.gzip} B`,
    );
    // The other codes' classes and descriptions, core's writers and retry stay out of the one class.
    expect(oneClass.text).toContain("RATE_LIMIT_EXCEEDED");
    for (const absent of ["MODEL_NOT_FOUND", "Insufficient balance", "problem+json", "createRetryBudget"]) {
      expect(oneClass.text, absent).not.toContain(absent);
    }
    // The reader needs every llm class, but nothing of core's writers or retry, nor any other domain.
    for (const absent of ["problem+json", "IMAGE_NO_FACE_DETECTED", "INSTANCE_NOT_FOUND", "BILLING"]) {
      expect(fromThrown.text, absent).not.toContain(absent);
    }
  });
});

describe("a core patch", () => {
  let patchRelease = "";
  beforeAll(async () => {
    addChangeset("core-patch.md", { core: "patch" });
    await versionPackages();
    patchRelease = await release();
    console.log(`core patch release:\n${patchRelease}`);
  });

  it("should release errors-core alone", () => {
    expect(["core", "media", "llm", "gpu", "billing"].map(version)).toEqual([
      "1.0.1",
      "1.0.0",
      "1.0.0",
      "1.0.0",
      "1.0.0",
    ]);
    expect(published(patchRelease)).toEqual(["@novita/errors-core@1.0.1"]);
  });

  it("should reach a consumer who upgrades only core: one core, instanceof working", async () => {
    await tools.npm(["update", "@novita/errors-core"], consumers.npm);
    const tree = await tools.npm(["ls", "@novita/errors-core", "--all", "--parseable", "--long"], consumers.npm);
    const copies = tree
      .trim()
      .split("\n")
      .filter((line) => line.includes("@novita/errors-core@"));
    expect(copies.map((line) => line.split(":").at(-1))).toEqual(["@novita/errors-core@1.0.1"]);
    writeFileSync(
      path.join(consumers.npm, "after-patch.mjs"),
      `import { createRequire } from "node:module";
import * as llm from "@novita/errors-llm";
const fromLlm = createRequire(createRequire(import.meta.url).resolve("@novita/errors-llm"));
const error = llm.parseLlmError({ status: 429, body: { code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "m" } });
console.log(JSON.stringify({
  core: fromLlm("@novita/errors-core/package.json").version,
  instanceofCode: error instanceof llm.RateLimitExceededError,
  instanceofBase: error instanceof llm.NovitaError,
  cjsSeesIt: fromLlm("@novita/errors-core").isNovitaError(error),
}));`,
    );
    expect(JSON.parse(await tools.node(["after-patch.mjs"], consumers.npm))).toEqual({
      core: "1.0.1",
      instanceofCode: true,
      instanceofBase: true,
      cjsSeesIt: true,
    });
  });
});

describe("a release whose errors-core fails", () => {
  let failed = "";
  let retried = "";
  beforeAll(async () => {
    addChangeset("core-minor.md", { core: "minor", llm: "patch" });
    await versionPackages();
    // errors-core's publish goes to a registry that refuses connections; the domains' would succeed.
    const coreManifest = path.join(workspace, "packages/errors-core/package.json");
    const original = readFileSync(coreManifest, "utf8");
    const broken = JSON.parse(original);
    broken.publishConfig = { ...broken.publishConfig, registry: "http://127.0.0.1:9/" };
    writeFileSync(coreManifest, JSON.stringify(broken, null, 2));
    failed = await release().then(
      (output) => `exit 0\n${output}`,
      (error: Error) => error.message,
    );
    writeFileSync(coreManifest, original);
    retried = await release();
    console.log(`release with core failing:\n${failed}\nrun again once fixed:\n${retried}`);
  });

  it("should publish no domain, and fail", async () => {
    expect(failed).not.toMatch(/^exit 0/);
    expect(failed).toContain("release: @novita/errors-core@1.1.0 failed");
    expect(failed).toContain("release: not publishing @novita/errors-llm@1.0.1: @novita/errors-core failed");
    expect(failed).toContain("release: @novita/errors-billing@1.0.0 is on the registry already");
    expect(failed).toContain("release: 2 package(s) not published");
    expect(published(failed)).toEqual([]);
  });

  it("should publish what is missing when run again, core first", () => {
    expect(published(retried)).toEqual(["@novita/errors-core@1.1.0", "@novita/errors-llm@1.0.1"]);
  });
});

describe("the rehearsal itself", () => {
  it("should stop the registry by its pid and leave nothing behind", async () => {
    const { pid } = registry;
    await registry.stop();
    expect(() => process.kill(pid, 0)).toThrow();
    await platform.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(workspace)).toBe(false);
  });
});
