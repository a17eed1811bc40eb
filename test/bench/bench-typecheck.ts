/**
 * What each tool's output costs a consumer's type-check: the tool generates the large spec once, a small
 * consumer calls two operations (consumers.ts), and `tsc --noEmit` checks consumer + output as sources,
 * several times, each in its own child process. tsc's own `--extendedDiagnostics` figures are kept too.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { runTool, type ToolContext } from "./bench-compare.js";
import { errorSummary, toMeasurement, type Measurement } from "./measurement.js";
import { CONSUMER_TSCONFIG, consumerSource, pickOperations, type ConsumerOps } from "./consumers.js";
import { measureNode, summarize, type Sample, type Stats } from "./measure.js";
import type { GenTool, ToolId } from "./peers.js";

/** tsc on one tool's output. */
export interface TypecheckResult {
  tool: ToolId;
  measurement: Measurement;
  /** tsc's "Types" count and "Check time" (ms), medians. */
  types: Stats;
  checkMs: Stats;
  /** Lines of .ts in the tool's output folder. */
  outputLines: number;
  /** tsc errors (the consumer or the output does not type-check); the timing still counts. */
  errors: string[];
  /** Why the tool could not be measured at all (generation failed, no consumer could be written). */
  skipped?: string;
}

/** The tsc command (relative to the repository root). */
export const TSC_ARGS = (project: string) => [
  "node_modules/typescript/bin/tsc",
  "-p",
  project,
  "--extendedDiagnostics",
];

/** Type-checks every tool's output for `specFile` with its consumer, `runs` times each (interleaved). */
export async function benchTypecheck(
  tools: readonly GenTool[],
  specFile: string,
  runs: number,
  ctx: ToolContext & { workDir: string; log: (line: string) => void },
): Promise<{ ops: ConsumerOps; results: TypecheckResult[] }> {
  const ops = pickOperations(JSON.parse(await readFile(specFile, "utf8")) as Parameters<typeof pickOperations>[0]);
  const base = path.join(ctx.workDir, "out", "typecheck");
  await rm(base, { recursive: true, force: true });
  const ready: { tool: GenTool; project: string; outputLines: number }[] = [];
  const results: TypecheckResult[] = [];
  for (const tool of tools) {
    const dir = path.join(base, tool.id);
    const generated = await runTool(tool, { specDir: path.dirname(specFile), specFile }, path.join(dir, "out"), ctx);
    const skip = (why: string) =>
      results.push({
        tool: tool.id,
        measurement: toMeasurement([]),
        types: summarize([]),
        checkMs: summarize([]),
        outputLines: 0,
        errors: [],
        skipped: why,
      });
    if (generated.exitCode !== 0) {
      skip(`generation failed: ${errorSummary(generated)}`);
      continue;
    }
    try {
      await writeFile(path.join(dir, "consumer.ts"), await consumerSource(tool.id, ops, path.join(dir, "out")));
    } catch (error) {
      skip(`no consumer: ${(error as Error).message}`);
      continue;
    }
    await writeFile(path.join(dir, "tsconfig.json"), `${JSON.stringify(CONSUMER_TSCONFIG, null, 2)}\n`);
    ready.push({
      tool,
      project: path.relative(ctx.root, path.join(dir, "tsconfig.json")),
      outputLines: await countLines(path.join(dir, "out")),
    });
  }
  const samples = new Map<ToolId, Sample[]>(ready.map((r) => [r.tool.id, []]));
  for (let i = 1; i <= runs; i++) {
    for (const r of ready)
      samples.get(r.tool.id)!.push(await measureNode(TSC_ARGS(r.project), { cwd: ctx.root, probe: ctx.probe }));
    ctx.log(
      `  tsc run ${i}/${runs}: ${ready.map((r) => `${r.tool.id} ${Math.round(samples.get(r.tool.id)!.at(-1)!.wallMs)} ms`).join(", ")}`,
    );
  }
  for (const r of ready) results.push(summarizeTsc(r.tool.id, samples.get(r.tool.id)!, r.outputLines));
  await rm(base, { recursive: true, force: true });
  return { ops, results: tools.map((t) => results.find((r) => r.tool === t.id)!) };
}

function summarizeTsc(tool: ToolId, samples: readonly Sample[], outputLines: number): TypecheckResult {
  const diag = (s: Sample, name: string) =>
    Number(new RegExp(`^${name}:\\s+([\\d.]+)`, "m").exec(s.stdout)?.[1] ?? Number.NaN);
  const errors = [...new Set(samples.flatMap((s) => s.stdout.split("\n").filter((l) => /error TS\d+/.test(l))))];
  // tsc exits non-zero when it reports type errors; it still checked everything, so the run counts (errors listed).
  const completed = samples.map((s) => (/^Check time:/m.test(s.stdout) ? { ...s, exitCode: 0 } : s));
  return {
    tool,
    outputLines,
    errors,
    measurement: toMeasurement(completed),
    types: summarize(completed.map((s) => diag(s, "Types"))),
    checkMs: summarize(completed.map((s) => diag(s, "Check time") * 1000)),
  };
}

async function countLines(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".ts"));
  let lines = 0;
  for (const f of files) lines += (await readFile(path.join(dir, f), "utf8")).split("\n").length;
  return lines;
}
