/**
 * Per spec size: specforge cold, openapi-typescript alone, specforge when nothing changed, and the
 * in-process stage timings — every run in its own child process, specforge and openapi-typescript interleaved.
 */
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { measureNode, summarize, type RssProbe, type Sample, type Stats } from "./measure.js";
import type { ProbeOutput } from "./stage-probe.js";
import type { SpecSize } from "./synthetic-spec.js";

/** Wall time and peak memory of one kind of run. */
export interface Measurement {
  wall: Stats;
  rss: Stats;
  /** User + system CPU time. */
  cpu: Stats;
  /** One line per failed run (exit code and the end of stderr). */
  failures: string[];
}

/** Stage medians of the cold in-process runs, plus the one timed-shim run. */
export interface StageSummary {
  medians: Record<string, number>;
  /** Median process wall time of the probe (for "where does the rest go"). */
  wallMs: number;
  detail: ProbeOutput | undefined;
}

/** Everything measured for one size. */
export interface SizeResult {
  size: SpecSize;
  counts: { operations: number; schemas: number };
  specBytes: number;
  cold: Measurement;
  ots: Measurement;
  hit: Measurement;
  stages: StageSummary;
}

/** The command lines, relative to the repository root (shown in BENCHMARKS.md as they were run). */
export const COMMANDS = {
  cold: (spec: string, out: string) => ["generator/bin.mjs", "generate", spec, "--out", out, "--no-cache"],
  hit: (spec: string, out: string) => ["generator/bin.mjs", "generate", spec, "--out", out],
  ots: (bin: string, specFile: string, out: string) => [bin, specFile, "-o", out],
};

interface SizeContext {
  root: string;
  workDir: string;
  probe: RssProbe;
  otsBin: string;
  probeScript: string;
  detailProbeScript: string;
  log: (line: string) => void;
}

/** Measures one size; `specFile` is `<dir>/openapi.json` and specforge is pointed at its folder. */
export async function benchSize(size: SpecSize, specFile: string, counts: SizeResult["counts"], ctx: SizeContext): Promise<SizeResult> {
  const rel = (p: string) => path.relative(ctx.root, p);
  const specDir = rel(path.dirname(specFile));
  const outBase = path.join(ctx.workDir, "out", size.name);
  await rm(outBase, { recursive: true, force: true });
  await mkdir(outBase, { recursive: true });
  const run = (args: string[]) => measureNode(args, { cwd: ctx.root, probe: ctx.probe });
  const cold: Sample[] = [];
  const ots: Sample[] = [];
  const probes: { sample: Sample; output: ProbeOutput | undefined }[] = [];
  for (let i = 1; i <= size.runs; i++) {
    cold.push(await run(COMMANDS.cold(specDir, rel(path.join(outBase, `cold-${i}`)))));
    ots.push(await run(COMMANDS.ots(ctx.otsBin, rel(specFile), rel(path.join(outBase, `ots-${i}`, "types.ts")))));
    const sample = await run([ctx.probeScript, specDir, rel(path.join(outBase, `probe-${i}`))]);
    probes.push({ sample, output: parseProbe(sample) });
    ctx.log(`  ${size.name} run ${i}/${size.runs}: specforge ${ms(cold.at(-1)!)}, openapi-typescript ${ms(ots.at(-1)!)}, in-process ${ms(sample)}`);
    for (const kind of ["cold", "ots", "probe"]) await rm(path.join(outBase, `${kind}-${i}`), { recursive: true, force: true });
  }
  const detailSample = await run([ctx.detailProbeScript, specDir, rel(path.join(outBase, "detail"))]);
  const hitOut = rel(path.join(outBase, "hit"));
  const prime = await run(COMMANDS.hit(specDir, hitOut));
  const { hits: hit, misses } = await collectCacheHits(() => run(COMMANDS.hit(specDir, hitOut)), size.runs, (s) => s.stderr.includes("unchanged (cached)"));
  ctx.log(`  ${size.name} no-change: ${hit.map(ms).join(", ")}${misses ? ` (${misses} run(s) missed the cache — generator/ changed meanwhile? — and were re-run)` : ""}`);
  await rm(outBase, { recursive: true, force: true });
  return {
    size,
    counts,
    specBytes: (await stat(specFile)).size,
    cold: toMeasurement(cold),
    ots: toMeasurement(ots),
    hit: toMeasurement(hit, [...(prime.exitCode !== 0 ? [failure(prime, "priming run")] : []), ...(misses ? [`${misses} run(s) regenerated instead of hitting the cache (the cache key includes generator/, which others were editing); re-run, not in the numbers`] : [])]),
    stages: summarizeStages(probes, parseProbe(detailSample)),
  };
}

/**
 * Runs `measure` until `wanted` cache hits are collected (at most 4× as many attempts): a miss regenerates and
 * so re-primes the cache. Misses are counted, never mixed into the no-change numbers.
 */
export async function collectCacheHits(measure: () => Promise<Sample>, wanted: number, isHit: (s: Sample) => boolean): Promise<{ hits: Sample[]; misses: number }> {
  const hits: Sample[] = [];
  let misses = 0;
  for (let attempt = 0; hits.length < wanted && attempt < wanted * 4; attempt++) {
    const sample = await measure();
    if (sample.exitCode === 0 && !isHit(sample)) misses++;
    else hits.push(sample);
  }
  return { hits, misses };
}

/** Turns samples into stats; failed runs are listed and left out of the numbers. */
export function toMeasurement(samples: readonly Sample[], extraFailures: string[] = []): Measurement {
  const good = samples.filter((s) => s.exitCode === 0);
  return {
    wall: summarize(good.map((s) => s.wallMs)),
    rss: summarize(good.map((s) => s.peakRssMiB)),
    cpu: summarize(good.map((s) => s.cpuMs)),
    failures: [...samples.filter((s) => s.exitCode !== 0).map((s) => failure(s, "run")), ...extraFailures],
  };
}

function failure(sample: Sample, what: string): string {
  return `${what} exited ${sample.exitCode}: ${sample.stderr.trim().split("\n").slice(-3).join(" | ")}`;
}

function parseProbe(sample: Sample): ProbeOutput | undefined {
  if (sample.exitCode !== 0) return undefined;
  const line = sample.stdout.trim().split("\n").at(-1);
  try {
    const output = line ? (JSON.parse(line) as ProbeOutput) : undefined;
    return output?.ok ? output : undefined;
  } catch {
    return undefined;
  }
}

function summarizeStages(probes: readonly { sample: Sample; output: ProbeOutput | undefined }[], detail: ProbeOutput | undefined): StageSummary {
  const outputs = probes.map((p) => p.output).filter((o): o is ProbeOutput => o !== undefined);
  const stageNames = [...new Set(outputs.flatMap((o) => Object.keys(o.timings)))];
  const medians: Record<string, number> = {};
  medians["boot (node + static imports)"] = summarize(outputs.map((o) => o.bootMs)).median;
  for (const name of stageNames) medians[name] = summarize(outputs.map((o) => o.timings[name] ?? 0)).median;
  medians["between stages (dynamic imports)"] = summarize(outputs.map((o) => o.generateMs - Object.values(o.timings).reduce((a, b) => a + b, 0))).median;
  const wallMs = summarize(probes.filter((p) => p.output).map((p) => p.sample.wallMs)).median;
  medians["exit and spawn"] = summarize(probes.filter((p) => p.output).map((p) => p.sample.wallMs - p.output!.bootMs - p.output!.generateMs)).median;
  return { medians, wallMs, detail };
}

function ms(sample: Sample): string {
  return sample.exitCode === 0 ? `${Math.round(sample.wallMs)} ms` : `failed (${sample.exitCode})`;
}
