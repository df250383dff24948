import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Runs pnpm: the one running this process (`pnpm release` sets npm_execpath), else the version the
 * repository pins, through npx. Gives its standard output.
 * @param {string[]} args
 * @param {string} cwd
 * @param {string} repository the root whose package.json pins pnpm
 * @returns {string}
 */
export function runPnpm(args, cwd, repository) {
  const execPath = process.env.npm_execpath;
  const [command, ...prefix] =
    execPath !== undefined && /pnpm/.test(path.basename(execPath))
      ? [process.execPath, execPath]
      : ["npx", "-y", JSON.parse(readFileSync(path.join(repository, "package.json"), "utf8")).packageManager];
  try {
    const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
    return execFileSync(command, [...prefix, ...args], { cwd, encoding: "utf8", env, stdio: "pipe" });
  } catch (error) {
    const failure = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`pnpm ${args.join(" ")}: ${`${failure.stderr ?? ""}${failure.stdout ?? ""}`.trim()}`);
  }
}
