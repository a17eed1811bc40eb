/**
 * A peer generator whose `engines.node` the machine's Node does not satisfy runs on a local Node installed
 * through npm (the `node` package, pinned) under the bench work folder — for that peer only (see pinned-install.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { ensurePinned, pinnedInstallCommand } from "./pinned-install.js";

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
  return pinnedInstallCommand({ name: "node", version: LOCAL_NODE_VERSION }, prefix);
}

function ensureLocalNode(workDir: string, log: (line: string) => void): string {
  const binary = localNodePath(workDir);
  if (existsSync(binary) && versionOf(binary) === `v${LOCAL_NODE_VERSION}`) return binary;
  const prefix = path.join(workDir, `node-${LOCAL_NODE_VERSION}`);
  ensurePinned({ name: "node", version: LOCAL_NODE_VERSION, prefix }, "for the peers that need it", log);
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
