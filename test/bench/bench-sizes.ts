/**
 * Per spec size: specforge cold, openapi-typescript alone, the other peers (hey-api, orval), specforge when
 * nothing changed, and the in-process stage timings — every run in its own child process, tools interleaved.
 */
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { runToolsInterleaved } from "./bench-compare.js";
import { measureNode, summarize, type RssProbe, type Sample } from "./measure.js";
import { failure, msOf, toMeasurement, type Measurement } from "./measurement.js";
import { specforgeArgs, type GenTool, type ToolId } from "./peers.js";
import type { ProbeOutput } from "./stage-probe.js";
import type { SpecSize } from "./synthetic-spec.js";

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
  /** Every tool's cold run (specforge and openapi-typescript are `cold` and `ots` again). */
  tools: Partial<Record<ToolId, Measurement>>;
  hit: Measurement;
  stages: StageSummary;
}

/** The command lines, relative to the repository root (shown in BENCHMARKS.md as they were run). */
export const COMMANDS = {
  cold: (spec: string, out: string) => specforgeArgs({ specDir: spec, specFile: "" }, out, { cache: false }),
  hit: (spec: string, out: string) => specforgeArgs({ specDir: spec, specFile: "" }, out, { cache: true }),
};

interface SizeContext {
  root: string;
  workDir: string;
  probe: RssProbe;
  /** Every generator compared (loadTools); specforge and openapi-typescript must be among them. */
  tools: readonly GenTool[];
  probeScript: string;
  detailProbeScript: string;
  log: (line: string) => void;
}

/** Measures one size; `specFile` is `<dir>/openapi.json` and specforge is pointed at its folder. */
export async function benchSize(
  size: SpecSize,
  specFile: string,
  counts: SizeResult["counts"],
  ctx: SizeContext,
): Promise<SizeResult> {
  const rel = (p: string) => path.relative(ctx.root, p);
  const specDir = rel(path.dirname(specFile));
  const outBase = path.join(ctx.workDir, "out", size.name);
  await rm(outBase, { recursive: true, force: true });
  await mkdir(outBase, { recursive: true });
  const run = (args: string[]) => measureNode(args, { cwd: ctx.root, probe: ctx.probe });
  const probes: { sample: Sample; output: ProbeOutput | undefined }[] = [];
  const samples: Record<string, Sample[]> = {};
  for (let i = 1; i <= size.runs; i++) {
    const round = await runToolsInterleaved(ctx.tools, { specDir: path.dirname(specFile), specFile }, outBase, 1, {
      ...ctx,
      label: `${size.name} run ${i}/${size.runs}`,
    });
    for (const [id, list] of Object.entries(round)) (samples[id] ??= []).push(...list);
    const sample = await run([ctx.probeScript, specDir, rel(path.join(outBase, `probe-${i}`))]);
    probes.push({ sample, output: parseProbe(sample) });
    ctx.log(`  ${size.name} run ${i}/${size.runs}: in-process ${msOf(sample)}`);
    await rm(path.join(outBase, `probe-${i}`), { recursive: true, force: true });
  }
  const detailSample = await run([ctx.detailProbeScript, specDir, rel(path.join(outBase, "detail"))]);
  const hitOut = rel(path.join(outBase, "hit"));
  const prime = await run(COMMANDS.hit(specDir, hitOut));
  const { hits: hit, misses } = await collectCacheHits(
    () => run(COMMANDS.hit(specDir, hitOut)),
    size.runs,
    (s) => s.stderr.includes("unchanged (cached)"),
  );
  ctx.log(
    `  ${size.name} no-change: ${hit.map(msOf).join(", ")}${misses ? ` (${misses} run(s) missed the cache — generator/ changed meanwhile? — and were re-run)` : ""}`,
  );
  await rm(outBase, { recursive: true, force: true });
  return {
    size,
    counts,
    specBytes: (await stat(specFile)).size,
    cold: toMeasurement(samples["specforge"] ?? []),
    ots: toMeasurement(samples["openapi-typescript"] ?? []),
    tools: Object.fromEntries(ctx.tools.map((t) => [t.id, toMeasurement(samples[t.id] ?? [])])),
    hit: toMeasurement(hit, [
      ...(prime.exitCode !== 0 ? [failure(prime, "priming run")] : []),
      ...(misses
        ? [
            `${misses} run(s) regenerated instead of hitting the cache (the cache key includes generator/, which others were editing); re-run, not in the numbers`,
          ]
        : []),
    ]),
    stages: summarizeStages(probes, parseProbe(detailSample)),
  };
}

/**
 * Runs `measure` until `wanted` cache hits are collected (at most 4× as many attempts): a miss regenerates and
 * so re-primes the cache. Misses are counted, never mixed into the no-change numbers.
 */
export async function collectCacheHits(
  measure: () => Promise<Sample>,
  wanted: number,
  isHit: (s: Sample) => boolean,
): Promise<{ hits: Sample[]; misses: number }> {
  const hits: Sample[] = [];
  let misses = 0;
  for (let attempt = 0; hits.length < wanted && attempt < wanted * 4; attempt++) {
    const sample = await measure();
    if (sample.exitCode === 0 && !isHit(sample)) misses++;
    else hits.push(sample);
  }
  return { hits, misses };
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

function summarizeStages(
  probes: readonly { sample: Sample; output: ProbeOutput | undefined }[],
  detail: ProbeOutput | undefined,
): StageSummary {
  const outputs = probes.map((p) => p.output).filter((o): o is ProbeOutput => o !== undefined);
  const stageNames = [...new Set(outputs.flatMap((o) => Object.keys(o.timings)))];
  const medians: Record<string, number> = {};
  medians["boot (node + static imports)"] = summarize(outputs.map((o) => o.bootMs)).median;
  for (const name of stageNames) medians[name] = summarize(outputs.map((o) => o.timings[name] ?? 0)).median;
  medians["between stages (dynamic imports)"] = summarize(
    outputs.map((o) => o.generateMs - Object.values(o.timings).reduce((a, b) => a + b, 0)),
  ).median;
  const wallMs = summarize(probes.filter((p) => p.output).map((p) => p.sample.wallMs)).median;
  medians["exit and spawn"] = summarize(
    probes.filter((p) => p.output).map((p) => p.sample.wallMs - p.output!.bootMs - p.output!.generateMs),
  ).median;
  return { medians, wallMs, detail };
}
