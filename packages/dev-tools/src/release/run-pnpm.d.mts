/**
 * Runs pnpm: the one running this process (npm_execpath), else the version `repository`'s
 * package.json pins, through npx; turbo's telemetry off. Gives its standard output; throws an
 * Error holding pnpm's output when it fails.
 */
export function runPnpm(args: string[], cwd: string, repository: string): string;
