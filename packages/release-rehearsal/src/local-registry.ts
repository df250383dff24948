// A real npm registry for the rehearsal: verdaccio (pinned) on 127.0.0.1, with no uplink (so
// nothing it serves comes from, and nothing it is asked reaches, any other address), its storage
// and users in a temporary folder, stopped by its pid.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

const verdaccioBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("verdaccio/package.json")),
  "bin/verdaccio",
);

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** A token of a user allowed to publish. */
  readonly token: string;
  readonly pid: number;
  /** Stops verdaccio by its pid; resolves once it exited. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer within 60 s:\n${log()}`);
}

/** Starts verdaccio with its files under `folder`. */
export async function startLocalRegistry(folder: string): Promise<LocalRegistry> {
  mkdirSync(folder, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = path.join(folder, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(folder, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(path.join(folder, "htpasswd"))}`,
      "    max_users: 10",
      "uplinks: {}",
      "packages:",
      '  "**":',
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "web:",
      "  enable: false",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  let output = "";
  const child = spawn(process.execPath, [verdaccioBin, "--config", config, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(child.pid ?? 0, "SIGTERM");
      await exited;
    }
  };
  try {
    await waitUntilUp(url, child, () => output);
    const answer = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "rehearsal", password: "rehearsal-password" }),
    });
    const { token } = (await answer.json()) as { token?: string };
    if (typeof token !== "string") throw new Error(`verdaccio gave no token (${answer.status})`);
    return { url, token, pid: child.pid ?? 0, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
