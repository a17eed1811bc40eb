/** Describes where and with what the bench ran, so BENCHMARKS.md figures can be compared across machines. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The facts printed above every result table. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  packages: Record<string, string>;
  date: string;
  commit: string;
  /** Files under generator/ or templates/ that differ from the commit (the bench measured the working tree). */
  dirty: string[];
}

const PACKAGES = ["openapi-typescript", "@hey-api/openapi-ts", "orval", "openapi-fetch", "typescript", "prettier", "ts-morph", "esbuild", "tsx"];

/** Reads CPU, memory, versions and the git state. */
export function collectMachineInfo(root: string): MachineInfo {
  const cpuinfo = readText("/proc/cpuinfo");
  const packages: Record<string, string> = {};
  for (const name of PACKAGES) {
    const manifest = readText(path.join(root, "node_modules", name, "package.json"));
    packages[name] = manifest ? (JSON.parse(manifest) as { version: string }).version : "not installed";
  }
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    packages,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: git(root, ["rev-parse", "--short", "HEAD"]).trim() || "unknown",
    dirty: git(root, ["status", "--porcelain", "--", "generator", "templates"]).split("\n").filter(Boolean).map((l) => l.slice(3)),
  };
}

/** Hash of generator/ sources, to notice if another engineer changed the generator while the bench ran. */
export function generatorSourceHash(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(readFileSync(full));
    }
  };
  for (const dir of ["generator", "templates"]) walk(path.join(root, dir));
  return hash.digest("hex").slice(0, 16);
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
}

/** Samples the 1-minute load average every 5 s while a part of the bench runs. */
export function watchLoad(): { stop(): { start: number; end: number; max: number } } {
  const start = os.loadavg()[0]!;
  let max = start;
  const timer = setInterval(() => (max = Math.max(max, os.loadavg()[0]!)), 5000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const end = os.loadavg()[0]!;
      return { start, end, max: Math.max(max, end) };
    },
  };
}

/** The note BENCHMARKS.md carries when the machine was busy (undefined when it was quiet enough). */
export function busyNote(load: { start: number; end: number; max: number }, cores: number, mitigation: string): string | undefined {
  if (load.max <= cores * 0.5) return undefined;
  const figures = `1-minute load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end, up to ${load.max.toFixed(1)} during the run, on ${cores} cores`;
  const verdict = load.max > cores ? "**taken on a busy machine: these figures are not results** — re-run on a quiet machine" : "the machine was busy: wall times are noisier than on a quiet machine";
  return `${verdict} (${figures}); ${mitigation}`;
}
