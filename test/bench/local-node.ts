/**
 * A peer generator whose `engines.node` the machine's Node does not satisfy runs on a local Node installed
 * through npm (the `node` package, pinned) under the bench work folder — for that peer only. This is the one
 * thing `npm run bench` may install at run time.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import semver from "semver";

/** The pinned `node` npm package version used when a peer needs a newer Node than the machine's. */
export const LOCAL_NODE_VERSION = "22.23.3";

/** Which Node binary runs a peer, and why. */
export interface NodeChoice {
  binary: string;
  version: string;
  /** True when this is the bench's local Node rather than the machine's. */
  local: boolean;
  /** The peer's `engines.node` range ("" when it declares none). */
  engines: string;
}

/** The machine's Node when it satisfies `engines`, else the local Node (installed on first use). */
export function nodeFor(engines: string, workDir: string, log: (line: string) => void): NodeChoice {
  const machine = { binary: process.execPath, version: process.version, local: false, engines };
  if (!engines || semver.satisfies(process.version, engines)) return machine;
  if (!semver.satisfies(LOCAL_NODE_VERSION, engines))
    throw new Error(
      `no pinned Node satisfies engines "${engines}" (local Node is ${LOCAL_NODE_VERSION}); raise LOCAL_NODE_VERSION`,
    );
  return { binary: ensureLocalNode(workDir, log), version: `v${LOCAL_NODE_VERSION}`, local: true, engines };
}

/** Where the local Node lives: `<work>/node-<version>/node_modules/node/bin/node`. */
export function localNodePath(workDir: string): string {
  return path.join(workDir, `node-${LOCAL_NODE_VERSION}`, "node_modules", "node", "bin", "node");
}

/** The npm command that installs the local Node (shown in BENCHMARKS.md). */
export function localNodeInstallCommand(prefix: string): string[] {
  return [
    "install",
    "--prefix",
    prefix,
    "--no-save",
    "--no-package-lock",
    "--no-audit",
    "--no-fund",
    `node@${LOCAL_NODE_VERSION}`,
  ];
}

function ensureLocalNode(workDir: string, log: (line: string) => void): string {
  const binary = localNodePath(workDir);
  if (existsSync(binary) && versionOf(binary) === `v${LOCAL_NODE_VERSION}`) return binary;
  const prefix = path.join(workDir, `node-${LOCAL_NODE_VERSION}`);
  log(
    `  installing Node ${LOCAL_NODE_VERSION} for the peers that need it: npm ${localNodeInstallCommand("<work>/node-" + LOCAL_NODE_VERSION).join(" ")}`,
  );
  // npm run sets npm_* variables (e.g. the workspace) that must not leak into this separate install.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
  execFileSync("npm", localNodeInstallCommand(prefix), { env, stdio: ["ignore", "ignore", "inherit"] });
  const version = versionOf(binary);
  if (version !== `v${LOCAL_NODE_VERSION}`)
    throw new Error(`the local Node at ${binary} reports ${version || "nothing"}, expected v${LOCAL_NODE_VERSION}`);
  return binary;
}

function versionOf(binary: string): string {
  try {
    return execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}
