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

const PACKAGES = [
  "openapi-typescript",
  "@hey-api/openapi-ts",
  "orval",
  "openapi-fetch",
  "typescript",
  "prettier",
  "ts-morph",
  "esbuild",
  "tsx",
];

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
    dirty: git(root, ["status", "--porcelain", "--", "generator", "templates"])
      .split("\n")
      .filter(Boolean)
      .map((l) => l.slice(3)),
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

/** What the machine did while a part of the bench ran. */
export interface LoadReport {
  /** 1-minute load averages; they count the bench's own processes (and their GC threads) too. */
  start: number;
  end: number;
  max: number;
  /**
   * CPU used by processes other than the bench and its children, in cores on average over the run (Linux:
   * /proc/stat's busy time minus the bench's own and its waited-for children's, from /proc/self/stat); undefined
   * where /proc is not available.
   */
  otherCores?: number | undefined;
}

/** Busy jiffies of the whole machine (/proc/stat) and of this process with its finished children (/proc/self/stat). */
function cpuJiffies(): { machine: number; self: number } | undefined {
  const stat = readText("/proc/stat");
  const own = readText("/proc/self/stat");
  const cpu = /^cpu\s+(.+)$/m.exec(stat)?.[1]?.trim().split(/\s+/).map(Number);
  // Fields after the parenthesised command name: state is 3rd, utime 14th, stime 15th, cutime 16th, cstime 17th.
  const fields = own
    .slice(own.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  if (!cpu || cpu.length < 8 || fields.length < 15) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = cpu as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    machine: user + nice + system + irq + softirq + steal,
    self: fields[11]! + fields[12]! + fields[13]! + fields[14]!,
  };
}

/** Watches the machine while a part of the bench runs: load average every 5 s, and the CPU others used. */
export function watchLoad(): { stop(): LoadReport } {
  const start = os.loadavg()[0]!;
  const cpuStart = cpuJiffies();
  const wallStart = performance.now();
  let max = start;
  const timer = setInterval(() => (max = Math.max(max, os.loadavg()[0]!)), 5000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const end = os.loadavg()[0]!;
      const cpuEnd = cpuJiffies();
      const seconds = (performance.now() - wallStart) / 1000;
      // USER_HZ is 100 on Linux.
      const otherCores =
        cpuStart && cpuEnd && seconds > 0
          ? Math.max(0, cpuEnd.machine - cpuStart.machine - (cpuEnd.self - cpuStart.self)) / 100 / seconds
          : undefined;
      return { start, end, max: Math.max(max, end), otherCores };
    },
  };
}

/**
 * The note BENCHMARKS.md carries when the machine was busy (undefined when it was quiet enough). Where the CPU
 * others used is known, it decides (the load average also counts the bench's own processes): more than a quarter
 * core on average is busy, more than half the machine makes the figures not results.
 */
export function busyNote(load: LoadReport, cores: number, mitigation: string): string | undefined {
  const figures = `1-minute load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end, up to ${load.max.toFixed(1)} during the run, on ${cores} cores`;
  if (load.otherCores !== undefined) {
    if (load.otherCores <= 0.25) return undefined;
    const others = `other processes used ${load.otherCores.toFixed(2)} cores on average; ${figures}, the bench's own processes included`;
    const verdict =
      load.otherCores > cores / 2
        ? "**taken on a busy machine: these figures are not results** — re-run on a quiet machine"
        : "the machine was busy: wall times are noisier than on a quiet machine";
    return `${verdict} (${others}); ${mitigation}`;
  }
  if (load.max <= cores * 0.5) return undefined;
  const verdict =
    load.max > cores
      ? "**taken on a busy machine: these figures are not results** — re-run on a quiet machine"
      : "the machine was busy: wall times are noisier than on a quiet machine";
  return `${verdict} (${figures}); ${mitigation}`;
}

/** A sentence for BENCHMARKS.md on how quiet the machine was (when it was quiet enough for no busy note). */
export function quietNote(load: LoadReport, cores: number): string | undefined {
  if (load.otherCores === undefined || busyNote(load, cores, "") !== undefined) return undefined;
  return `quiet machine: other processes used ${load.otherCores.toFixed(2)} cores on average during the run (1-minute load average up to ${load.max.toFixed(1)} on ${cores} cores, the bench's own processes included).`;
}
