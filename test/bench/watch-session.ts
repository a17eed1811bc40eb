/**
 * A long-lived `specforge generate … --watch` child for the watch bench: counts the generation reports on its
 * stderr, reads its CPU time and peak memory from /proc while it runs, and stops it with SIGINT.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** What the bench waits for on the watcher's stderr: a line reporting a generation (the first, and each one after an edit). */
export const WATCH_READY = /generated|written/;

/** A running watcher. */
export interface WatchSession {
  /** Generation reports seen so far (stderr lines matching WATCH_READY). */
  reports(): number;
  /** Resolves true once `count` reports were seen, false when the child exited or `timeoutMs` passed first. */
  waitForReports(count: number, timeoutMs: number): Promise<boolean>;
  /** Resolves true once the child exited, false when it still runs after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<boolean>;
  /** The exit once it happened: code, signal, and everything it wrote to stderr. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  stderr(): string;
  /** CPU time (user + sys) and peak RSS of the child so far, from /proc (NaN where there is no /proc). */
  usage(): { cpuMs: number; peakRssMiB: number };
  /** Sends SIGINT and waits up to `timeoutMs` for the exit; kills it (SIGKILL) if it does not come. */
  interrupt(timeoutMs: number): Promise<{ exited: boolean; ms: number }>;
}

/** Starts `node <args>` in `cwd`. */
export function startWatch(node: string, args: readonly string[], cwd: string): WatchSession {
  const child = spawn(node, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let text = "";
  let partial = "";
  let count = 0;
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  child.stderr!.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    count += lines.filter((line) => WATCH_READY.test(line)).length;
    notify();
  });
  child.on("error", (error) => {
    text += `\n${error.message}`;
    exit ??= { code: -1, signal: null };
    notify();
  });
  child.on("close", (code, signal) => {
    exit = { code, signal };
    notify();
  });
  const until = (done: () => boolean, timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      const check = () => {
        if (!done() && exit === undefined) return;
        finish(done());
      };
      const timer = setTimeout(() => finish(done()), timeoutMs);
      const finish = (result: boolean) => {
        clearTimeout(timer);
        listeners.delete(check);
        resolve(result);
      };
      listeners.add(check);
      check();
    });
  return {
    reports: () => count,
    waitForReports: (wanted, timeoutMs) => until(() => count >= wanted, timeoutMs),
    waitForExit: (timeoutMs) => until(() => exit !== undefined, timeoutMs),
    exited: () => exit,
    stderr: () => text,
    usage: () => procUsage(child),
    interrupt: async (timeoutMs) => {
      const start = performance.now();
      if (exit === undefined) child.kill("SIGINT");
      const exited = await until(() => exit !== undefined, timeoutMs);
      if (!exited) child.kill("SIGKILL");
      return { exited, ms: performance.now() - start };
    },
  };
}

/** User + system CPU time in ms from a /proc/<pid>/stat line (fields 14 and 15, in clock ticks). */
export function parseProcStatCpu(stat: string, ticksPerSecond: number): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): utime is field 14, stime field 15.
  return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
}

/** Peak RSS in MiB from /proc/<pid>/status ("VmHWM"). */
export function parseProcStatusPeak(status: string): number {
  const kib = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kib === undefined ? Number.NaN : Number(kib) / 1024;
}

let ticks: number | undefined;

function procUsage(child: ChildProcess): { cpuMs: number; peakRssMiB: number } {
  try {
    ticks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    return {
      cpuMs: parseProcStatCpu(readFileSync(`/proc/${child.pid}/stat`, "utf8"), ticks),
      peakRssMiB: parseProcStatusPeak(readFileSync(`/proc/${child.pid}/status`, "utf8")),
    };
  } catch {
    return { cpuMs: Number.NaN, peakRssMiB: Number.NaN };
  }
}
