// npm, pnpm and Yarn as a user runs them, every one pointed at the local registry only, with its
// caches and stores in the rehearsal's temporary folder, and nothing of the outer `pnpm test` run
// (its npm_config_* settings) leaking in.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { LocalRegistry } from "./local-registry.js";

const yarnBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@yarnpkg/cli-dist/package.json")),
  "bin/yarn.js",
);

/** The pnpm running this test run (turbo runs every package's tests through it). */
function pnpmBin(): string {
  const execPath = process.env.npm_execpath;
  if (execPath === undefined || !/pnpm/.test(path.basename(execPath))) {
    throw new Error("run the rehearsal through pnpm (pnpm test): it installs with the pnpm running it");
  }
  return execPath;
}

export interface PackageManagers {
  readonly env: NodeJS.ProcessEnv;
  npm(args: string[], cwd: string): Promise<string>;
  pnpm(args: string[], cwd: string): Promise<string>;
  yarn(args: string[], cwd: string): Promise<string>;
  /** Runs a script (node `file` `args`) with the same environment: the release tooling's, a consumer's. */
  node(args: string[], cwd: string): Promise<string>;
}

export function packageManagers(folder: string, registry: LocalRegistry): PackageManagers {
  const pnpm = pnpmBin();
  const userconfig = path.join(folder, "npmrc");
  const host = registry.url.replace(/^http:/, "");
  writeFileSync(userconfig, `registry=${registry.url}\n${host}:_authToken=${registry.token}\n`);
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|PNPM_|YARN_|TURBO_|VITEST)/i.test(name)),
  );
  Object.assign(env, {
    npm_config_registry: registry.url,
    npm_config_userconfig: userconfig,
    npm_config_cache: path.join(folder, "npm-cache"),
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    YARN_ENABLE_TELEMETRY: "0",
    YARN_GLOBAL_FOLDER: path.join(folder, "yarn-global"),
    // The release command's pnpm: the same one (it packs with it).
    npm_execpath: pnpm,
  });
  const pnpmFolders = ["store", "cache", "state"].map(
    (kind) => `--config.${kind}-dir=${path.join(folder, `pnpm-${kind}`)}`,
  );
  // Asynchronous, so that a local server in the test's own process can answer them.
  const run = (label: string, command: string, args: string[], cwd: string) =>
    new Promise<string>((resolve, reject) => {
      execFile(command, args, { cwd, env, encoding: "utf8", timeout: 300_000 }, (error, stdout, stderr) => {
        if (error === null) resolve(stdout);
        else reject(new Error(`${label} failed in ${cwd}:\n${stdout}${stderr}`));
      });
    });
  return {
    env,
    npm: (args, cwd) => run(`npm ${args.join(" ")}`, "npm", args, cwd),
    // pnpm's store, cache and state go to the rehearsal's folder too, not the user's home.
    pnpm: (args, cwd) => run(`pnpm ${args.join(" ")}`, process.execPath, [pnpm, ...args, ...pnpmFolders], cwd),
    yarn: (args, cwd) => run(`yarn ${args.join(" ")}`, process.execPath, [yarnBin, ...args], cwd),
    node: (args, cwd) => run(`node ${args.join(" ")}`, process.execPath, args, cwd),
  };
}
