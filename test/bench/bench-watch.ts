/**
 * Watch: `specforge generate <spec> --out <dir> --watch` on a copy of a spec. After its first generation the
 * bench edits one description on disk (the incremental bench's edit) and times until the output changes on disk,
 * `runs` times; then it stops the watcher with SIGINT, checks that it exits, and compares its output folder with
 * a one-shot `generate` of the final spec (stray temp files, missing or different files).
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { editOneDescription } from "./bench-incremental.js";
import { measureNode, type RssProbe, type Sample } from "./measure.js";
import { errorSummary, failure, toMeasurement, type Measurement } from "./measurement.js";
import { specforgeArgs } from "./peers.js";
import { WATCH_READY, startWatch, type WatchSession } from "./watch-session.js";

/** Limits of one watch row: first generation, each edit's output change, the exit after SIGINT. */
export const WATCH_LIMITS = {
  firstMs: 300_000,
  changeMs: 120_000,
  reportMs: 30_000,
  exitMs: 15_000,
  settleMs: 300,
  pollMs: 5,
};

/** The two command lines (node arguments, paths relative to the repository root): the watcher and a one-shot generate. */
export interface WatchCommands {
  watch(specDir: string, out: string): string[];
  oneShot(specDir: string, out: string): string[];
}

/** specforge's: `generate <spec> --out <dir> --watch`, and the same without --watch (and without the cache). */
export const SPECFORGE_WATCH: WatchCommands = {
  watch: (specDir, out) => [...specforgeArgs({ specDir, specFile: "" }, out, { cache: true }), "--watch"],
  oneShot: (specDir, out) => specforgeArgs({ specDir, specFile: "" }, out, { cache: false }),
};

/** One spec watched. */
export interface WatchRow {
  spec: string;
  counts: { operations: number; schemas: number };
  /** Why there are no figures ("not available: …" until the CLI has --watch, or what failed). */
  unavailable?: string;
  /** Spawn to the first generation report. */
  firstMs?: number;
  /** Edit on disk → output changed on disk (wall), with the watcher's CPU time over each regeneration. */
  regenerate?: Measurement;
  /** What SIGINT did. */
  exit?: string;
  /** Output after the watch vs a one-shot generate of the same spec: each line one file that differs. */
  outputDiff?: string[];
}

/** Measures the watch row for the spec in `specFile` (2-space-indented JSON). */
export async function benchWatch(
  spec: { name: string; counts: WatchRow["counts"]; runs: number },
  specFile: string,
  ctx: { root: string; workDir: string; probe: RssProbe; log: (line: string) => void },
  commands: WatchCommands = SPECFORGE_WATCH,
): Promise<WatchRow> {
  const dir = path.join(ctx.workDir, "out", "watch", spec.name);
  await rm(dir, { recursive: true, force: true });
  const input = { specDir: path.join(dir, `watch-${spec.name}`), specFile: "" };
  input.specFile = path.join(input.specDir, "openapi.json");
  await mkdir(input.specDir, { recursive: true });
  await copyFile(specFile, input.specFile);
  const out = path.join(dir, "out");
  const rel = (p: string) => path.relative(ctx.root, p);
  const started = performance.now();
  const watcher = startWatch(process.execPath, commands.watch(rel(input.specDir), rel(out)), ctx.root);
  const row: WatchRow = { spec: spec.name, counts: spec.counts };
  const reported = await watcher.waitForReports(1, WATCH_LIMITS.firstMs);
  const firstMs = performance.now() - started;
  // A watcher still runs after its first report (and the wait lets it settle); a usage error's help text also says "generated".
  if (!reported || (await watcher.waitForExit(WATCH_LIMITS.settleMs))) {
    await watcher.interrupt(WATCH_LIMITS.exitMs);
    row.unavailable = describeEarlyEnd(watcher.exited(), watcher.stderr(), WATCH_LIMITS.firstMs);
  } else {
    row.firstMs = firstMs;
    row.regenerate = await timeEdits(watcher, input.specFile, out, spec.runs);
    const stop = await watcher.interrupt(WATCH_LIMITS.exitMs);
    const code = watcher.exited();
    row.exit = stop.exited
      ? `exited ${code?.signal ? `on signal ${code.signal}` : `with code ${code?.code}`} ${Math.round(stop.ms)} ms after SIGINT`
      : `**did not exit** within ${WATCH_LIMITS.exitMs / 1000} s of SIGINT (killed)`;
    const oneShot = commands.oneShot(rel(input.specDir), rel(path.join(dir, "one-shot")));
    row.outputDiff = await compareWithOneShot(oneShot, out, path.join(dir, "one-shot"), ctx);
  }
  ctx.log(`  watch ${spec.name}: ${row.unavailable ?? `first ${Math.round(row.firstMs!)} ms; ${row.exit}`}`);
  await rm(dir, { recursive: true, force: true });
  return row;
}

/** Why the watcher gave no first report: not available (the CLI rejects --watch), exited otherwise, or timed out. */
export function describeEarlyEnd(
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined,
  stderr: string,
  timeoutMs: number,
): string {
  if (!exit) return `failed: no line matching ${WATCH_READY} on stderr within ${timeoutMs / 1000} s`;
  // The usage error prints the help, whose lines may match WATCH_READY: an exit after a "report" ends up here too.
  const said = errorSummary({ stderr, stdout: "" });
  const unknown = /unknown option '--watch'/i.exec(stderr);
  if (exit.code === 2 && unknown) return `not available: the CLI has no --watch yet (exit 2, "${unknown[0]}")`;
  return `failed: exited ${exit.code ?? exit.signal} instead of watching: ${said}`;
}

async function timeEdits(watcher: WatchSession, specFile: string, out: string, runs: number): Promise<Measurement> {
  const original = await readFile(specFile, "utf8");
  const watched = await filesMentioning(out, editOneDescription(original, 0).description);
  const samples: Sample[] = [];
  for (let i = 1; i <= runs; i++) {
    const edited = editOneDescription(original, i).text;
    const before = await snapshot(watched);
    const reports = watcher.reports();
    const cpuBefore = watcher.usage().cpuMs;
    const start = performance.now();
    await writeFile(specFile, edited);
    const changed = await pollForChange(before, watcher);
    const wallMs = performance.now() - start;
    const reported = await watcher.waitForReports(reports + 1, WATCH_LIMITS.reportMs);
    await sleep(WATCH_LIMITS.settleMs);
    const usage = watcher.usage();
    const sample = { wallMs, peakRssMiB: usage.peakRssMiB, cpuMs: usage.cpuMs - cpuBefore, stdout: "" };
    if (changed && reported) samples.push({ ...sample, exitCode: 0, stderr: "" });
    else samples.push({ ...sample, exitCode: -1, stderr: editFailure(changed, watcher) });
  }
  return toMeasurement(samples);
}

function editFailure(changed: boolean, watcher: WatchSession): string {
  if (watcher.exited())
    return `the watcher exited during the edit: ${errorSummary({ stderr: watcher.stderr(), stdout: "" })}`;
  return changed
    ? `output changed but no generation report followed within ${WATCH_LIMITS.reportMs / 1000} s`
    : `output did not change within ${WATCH_LIMITS.changeMs / 1000} s of the edit`;
}

/** Output files (relative paths, sorted) that contain the edited description's text; all files if none does. */
async function filesMentioning(out: string, description: string): Promise<string[]> {
  const needle = description.split("\n")[0]!.slice(0, 60);
  const files = (await listOutput(out)).map((f) => path.join(out, f));
  const mentioning = [];
  for (const file of files) if ((await readFile(file, "utf8")).includes(needle)) mentioning.push(file);
  return mentioning.length > 0 ? mentioning : files;
}

/** Each file's stat stamp and content, taken before the edit (a stamp taken after it could already be the new one). */
async function snapshot(files: readonly string[]): Promise<Map<string, { stamp: string; content: string }>> {
  const read = async (f: string) => ({ stamp: await stampOf(f), content: await readFile(f, "utf8").catch(() => "") });
  return new Map(await Promise.all(files.map(async (f) => [f, await read(f)] as const)));
}

async function stampOf(file: string): Promise<string> {
  const s = await stat(file).catch(() => undefined);
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : "missing";
}

/** Polls the files' stat every few ms; true once one's content differs from its snapshot. */
async function pollForChange(
  before: ReadonlyMap<string, { stamp: string; content: string }>,
  watcher: WatchSession,
): Promise<boolean> {
  const stamps = new Map([...before].map(([f, s]) => [f, s.stamp]));
  const deadline = performance.now() + WATCH_LIMITS.changeMs;
  while (performance.now() < deadline && !watcher.exited()) {
    for (const [file, old] of stamps) {
      const now = await stampOf(file);
      if (now === old) continue;
      stamps.set(file, now);
      if ((await readFile(file, "utf8").catch(() => "")) !== before.get(file)!.content) return true;
    }
    await sleep(WATCH_LIMITS.pollMs);
  }
  return false;
}

/** Lines naming each file that differs between the watch output and a one-shot generate (no lines: identical). */
async function compareWithOneShot(
  args: string[],
  out: string,
  oneShot: string,
  ctx: { root: string; probe: RssProbe },
): Promise<string[]> {
  const sample = await measureNode(args, { cwd: ctx.root, probe: ctx.probe });
  if (sample.exitCode !== 0) return [`(no comparison: ${failure(sample, "the one-shot generate")})`];
  return diffFolders(await readFolder(out), await readFolder(oneShot));
}

/** What differs between two folders' files: stray (only in `watched`), missing, or different content. */
export function diffFolders(watched: ReadonlyMap<string, string>, expected: ReadonlyMap<string, string>): string[] {
  const names = [...new Set([...watched.keys(), ...expected.keys()])].sort();
  return names.flatMap((name) => {
    if (!expected.has(name)) return [`stray ${name}`];
    if (!watched.has(name)) return [`missing ${name}`];
    return watched.get(name) === expected.get(name) ? [] : [`different ${name}`];
  });
}

async function readFolder(dir: string): Promise<Map<string, string>> {
  const files = await listOutput(dir);
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), "utf8")] as const)));
}

/** Every file under `dir` (hidden ones too: temp files are often hidden), relative, sorted. */
async function listOutput(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const files = [];
  for (const entry of entries)
    if ((await stat(path.join(dir, entry)).catch(() => undefined))?.isFile()) files.push(entry);
  return files.map((f) => f.split(path.sep).join("/")).sort();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
