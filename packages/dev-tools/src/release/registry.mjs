// The registry as npm's own settings name it (`.npmrc`, npm_config_registry, a scope's registry),
// asked through the npm CLI so that every setting and credential applies as it would to a user.
import { execFileSync } from "node:child_process";

/**
 * @param {string[]} args
 * @param {string} cwd
 * @returns {{ ok: boolean, stdout: string, stderr: string }}
 */
export function runNpm(args, cwd) {
  try {
    const stdout = execFileSync("npm", args, { cwd, encoding: "utf8", stdio: "pipe" });
    return { ok: true, stdout, stderr: "" };
  } catch (error) {
    const failure = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (error);
    return { ok: false, stdout: failure.stdout ?? "", stderr: failure.stderr ?? failure.message };
  }
}

/**
 * Whether `name@version` is on the registry. Throws when the registry cannot say (unreachable,
 * refused): publishing then would be a guess.
 * @param {string} name
 * @param {string} version
 * @param {string} cwd
 * @returns {boolean}
 */
export function isPublished(name, version, cwd) {
  const result = runNpm(["view", `${name}@${version}`, "version", "--json"], cwd);
  if (result.ok) return result.stdout.trim() !== ""; // an unknown version of a known package prints nothing
  if (/\bE404\b|404 Not Found/.test(result.stderr)) return false;
  throw new Error(`cannot ask the registry for ${name}@${version}:\n${result.stderr.trim()}`);
}

/**
 * Provenance where the CI can attest it (GitHub Actions with an OIDC token, GitLab with a Sigstore
 * token); asked for anywhere else, npm refuses to publish (`EUSAGE … provider: null`).
 * @param {NodeJS.ProcessEnv} env
 * @returns {boolean}
 */
export function provenanceSupported(env) {
  if (env.GITHUB_ACTIONS === "true") return env.ACTIONS_ID_TOKEN_REQUEST_URL !== undefined;
  if (env.GITLAB_CI === "true") return env.SIGSTORE_ID_TOKEN !== undefined;
  return false;
}
