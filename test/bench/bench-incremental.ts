/**
 * Regenerating into an existing output: nothing changed, and after a one-line spec change (a property's
 * description). specforge runs with its cache, as `npm run generate` does; the peers keep no cache, so for
 * them both cases are a full run into the folder they wrote before. Tools interleaved, one folder each.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { runTool, type ToolContext } from "./bench-compare.js";
import { msOf, toMeasurement, type Measurement } from "./measurement.js";
import type { Sample } from "./measure.js";
import type { GenTool, ToolId } from "./peers.js";

/** Both incremental cases for one tool. */
export interface IncrementalMeasurement {
  noChange: Measurement;
  oneLine: Measurement;
}

/** One synthetic size, every tool. */
export interface IncrementalRow {
  size: string;
  counts: { operations: number; schemas: number };
  tools: Partial<Record<ToolId, IncrementalMeasurement>>;
  /** The line that changed, as `- before` / `+ after` (for BENCHMARKS.md). */
  change: string;
}

/** Measures both cases on a copy of `specFile` (JSON, as the synthetic specs are written). */
export async function benchIncremental(
  tools: readonly GenTool[],
  size: { name: string; runs: number; counts: IncrementalRow["counts"] },
  specFile: string,
  ctx: ToolContext & { workDir: string; log: (line: string) => void },
): Promise<IncrementalRow> {
  const dir = path.join(ctx.workDir, "out", "incremental", size.name);
  await rm(dir, { recursive: true, force: true });
  // The folder name is the package name, and specforge keeps one cache record per name: one of its own.
  const specDir = path.join(dir, `incremental-${size.name}`);
  const input = { specDir, specFile: path.join(specDir, "openapi.json") };
  await mkdir(input.specDir, { recursive: true });
  await copyFile(specFile, input.specFile);
  const original = await readFile(input.specFile, "utf8");
  const run = (tool: GenTool) => runTool(tool, input, path.join(dir, tool.id), ctx, { cache: true, fresh: false });
  for (const tool of tools) {
    const prime = await run(tool);
    if (prime.exitCode !== 0) ctx.log(`  ${size.name} incremental: priming ${tool.id} failed (${msOf(prime)})`);
  }
  const noChange = await interleave(tools, size.runs, run, async () => undefined);
  let change = "";
  const oneLine = await interleave(tools, size.runs, run, async (i) => {
    const edited = editOneLine(original, i);
    change = edited.change;
    await writeFile(input.specFile, edited.text);
  });
  ctx.log(
    `  ${size.name} incremental: ${tools.map((t) => `${t.id} no change ${noChange[t.id]!.map(msOf).join("/")}, one line ${oneLine[t.id]!.map(msOf).join("/")}`).join("; ")}`,
  );
  await rm(dir, { recursive: true, force: true });
  const isHit = (s: Sample) => s.stderr.includes("unchanged (cached)");
  return {
    size: size.name,
    counts: size.counts,
    change,
    tools: Object.fromEntries(
      tools.map((t) => [
        t.id,
        {
          // specforge's no-change run must be a cache hit; one that regenerated (generator/ edited meanwhile) is left out.
          noChange: toMeasurement(
            noChange[t.id]!.map((s) =>
              t.id === "specforge" && s.exitCode === 0 && !isHit(s)
                ? {
                    ...s,
                    exitCode: -2,
                    stderr: "missed the cache (generator/ changed meanwhile?): not a no-change run",
                  }
                : s,
            ),
          ),
          oneLine: toMeasurement(oneLine[t.id]!),
        },
      ]),
    ),
  };
}

async function interleave(
  tools: readonly GenTool[],
  runs: number,
  run: (tool: GenTool) => Promise<Sample>,
  before: (i: number) => Promise<void>,
): Promise<Record<string, Sample[]>> {
  const samples: Record<string, Sample[]> = Object.fromEntries(tools.map((t) => [t.id, []]));
  for (let i = 1; i <= runs; i++) {
    await before(i);
    for (const tool of tools) samples[tool.id]!.push(await run(tool));
  }
  return samples;
}

/**
 * The spec with exactly one line changed: the first description inside components.schemas (a schema's or a
 * property's) gets ` (edit <i>)` appended. Throws if the re-serialised text differs in anything but that line.
 */
export function editOneLine(original: string, i: number): { text: string; change: string } {
  const doc = JSON.parse(original) as { components?: { schemas?: unknown } };
  const node = firstDescribed(doc.components?.schemas);
  if (!node) throw new Error("components.schemas holds no description to edit");
  node["description"] = `${String(node["description"])} (edit ${i})`;
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const before = original.split("\n");
  const after = text.split("\n");
  const changed = after.flatMap((line, n) => (line === before[n] ? [] : [n]));
  if (before.length !== after.length || changed.length !== 1)
    throw new Error(`editing one description changed ${changed.length} line(s) of the spec, expected 1`);
  return { text, change: `- ${before[changed[0]!]!.trim()}\n+ ${after[changed[0]!]!.trim()}` };
}

function firstDescribed(value: unknown): Record<string, unknown> | undefined {
  if (!value || typeof value !== "object") return undefined;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(value) && typeof record["description"] === "string") return record;
  for (const child of Object.values(record)) {
    const found = firstDescribed(child);
    if (found) return found;
  }
  return undefined;
}
