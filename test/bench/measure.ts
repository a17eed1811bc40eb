/**
 * Runs one command in a child process and measures it: wall time (performance.now around the spawn) and
 * peak resident memory (`/usr/bin/time -v`, or a `--import` preload reading `process.resourceUsage()`).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** One measured run. */
export interface Sample {
  wallMs: number;
  /** Peak resident set size of the child, in MiB. */
  peakRssMiB: number;
  /** User + system CPU time of the child (all its threads), in ms; less disturbed by a busy machine than wall time. */
  cpuMs: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** How peak memory is read: chosen once per bench run. */
export type RssProbe = { kind: "gnu-time"; binary: string } | { kind: "preload"; preload: string };

const GNU_TIME = "/usr/bin/time";
const RSS_FILE_ENV = "SPECFORGE_BENCH_MAXRSS_FILE";

/** Prefers GNU time; otherwise writes a preload that records the Node child's own maxRSS at exit. */
export async function chooseRssProbe(workDir: string): Promise<RssProbe> {
  if (existsSync(GNU_TIME)) return { kind: "gnu-time", binary: GNU_TIME };
  const preload = path.join(workDir, "maxrss-preload.mjs");
  await writeFile(
    preload,
    `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => { const f = process.env.${RSS_FILE_ENV}; const u = process.resourceUsage(); if (f) writeFileSync(f, \`\${u.maxRSS} \${(u.userCPUTime + u.systemCPUTime) / 1000}\`); });\n`,
  );
  return { kind: "preload", preload };
}

/** Describes the probe for the report. */
export function describeRssProbe(probe: RssProbe): string {
  return probe.kind === "gnu-time"
    ? 'peak RSS from `/usr/bin/time -v` ("Maximum resident set size") of the child process'
    : "peak RSS from `process.resourceUsage().maxRSS` recorded at exit by a `--import` preload in the child";
}

/** Runs `node <args>` once in `cwd` (`options.node`: another Node binary, e.g. a peer's local Node); never throws for a failing child (the exit code is in the sample). */
export async function measureNode(
  args: readonly string[],
  options: { cwd: string; probe: RssProbe; env?: NodeJS.ProcessEnv; node?: string },
): Promise<Sample> {
  const node = options.node ?? process.execPath;
  const rssFile =
    options.probe.kind === "preload"
      ? path.join(path.dirname(options.probe.preload), `maxrss-${process.pid}-${Date.now()}.txt`)
      : undefined;
  const [command, commandArgs] =
    options.probe.kind === "gnu-time"
      ? [options.probe.binary, ["-v", node, ...args]]
      : [node, ["--import", options.probe.preload, ...args]];
  const env = { ...process.env, ...options.env, ...(rssFile ? { [RSS_FILE_ENV]: rssFile } : {}) };
  const start = performance.now();
  const { exitCode, stdout, stderr } = await run(command, commandArgs, { cwd: options.cwd, env });
  const wallMs = performance.now() - start;
  let peakKiB = Number.NaN;
  let cpuMs = Number.NaN;
  let childStderr = stderr;
  if (options.probe.kind === "gnu-time") {
    const at = stderr.lastIndexOf("\tCommand being timed:");
    const report = stderr.slice(Math.max(0, at));
    const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? Number.NaN);
    peakKiB = field("Maximum resident set size \\(kbytes\\)");
    cpuMs = (field("User time \\(seconds\\)") + field("System time \\(seconds\\)")) * 1000;
    childStderr = at >= 0 ? stderr.slice(0, at) : stderr;
  } else if (rssFile) {
    const [rss, cpu] = (await readFile(rssFile, "utf8").catch(() => "NaN NaN")).split(" ");
    peakKiB = Number(rss);
    cpuMs = Number(cpu);
    await rm(rssFile, { force: true });
  }
  return { wallMs, peakRssMiB: peakKiB / 1024, cpuMs, exitCode, stdout, stderr: childStderr };
}

function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** Median, min and max of a list of numbers. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Summarises samples; NaN-only input gives NaN stats. */
export function summarize(values: readonly number[]): Stats {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}
