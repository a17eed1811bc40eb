/**
 * Regenerating into an existing output: nothing changed, and after a one-description edit deep in the spec
 * (one line of its JSON). specforge runs with its cache, as `npm run generate` does; the peers keep no cache, so
 * for them both cases are a full run into the folder they wrote before. Tools interleaved, one folder each.
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
  /** The line that changed, as `- before` / `+ after`, and the JSON pointer of the edited description. */
  change: string;
  pointer: string;
}

/** Measures both cases on a copy of `specFile` (2-space-indented JSON, as the synthetic specs and GitHub's are). */
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
  let edit = { change: "", pointer: "" };
  const oneLine = await interleave(tools, size.runs, run, async (i) => {
    const edited = editOneDescription(original, i);
    edit = edited;
    await writeFile(input.specFile, edited.text);
  });
  ctx.log(
    `  ${size.name} incremental: ${tools.map((t) => `${t.id} no change ${noChange[t.id]!.map(msOf).join("/")}, one description ${oneLine[t.id]!.map(msOf).join("/")}`).join("; ")}`,
  );
  await rm(dir, { recursive: true, force: true });
  const isHit = (s: Sample) => s.stderr.includes("unchanged (cached)");
  return {
    size: size.name,
    counts: size.counts,
    change: edit.change,
    pointer: edit.pointer,
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

/** Schema keywords whose values are data, not schemas: a `description` key inside them is no description. */
const DATA_KEYWORDS = new Set(["example", "examples", "default", "enum", "const"]);

/**
 * The spec with exactly one description changed, deep in it: the description in the middle (in document order)
 * of all those inside components.schemas (a schema's or a property's) gets ` (edit <i>)` appended. The text is
 * re-serialised with 2-space indentation, as the synthetic specs and GitHub's description are written; throws if
 * that changes anything but the edited line.
 */
export function editOneDescription(
  original: string,
  i: number,
): { text: string; change: string; pointer: string; description: string } {
  const doc = JSON.parse(original) as { components?: { schemas?: unknown } };
  const described = describedNodes(doc.components?.schemas, "#/components/schemas");
  const picked = described[Math.floor((described.length - 1) / 2)];
  if (!picked) throw new Error("components.schemas holds no description to edit");
  const description = String(picked.node["description"]);
  picked.node["description"] = `${description} (edit ${i})`;
  const text = `${JSON.stringify(doc, null, 2)}${original.endsWith("\n") ? "\n" : ""}`;
  const before = original.split("\n");
  const after = text.split("\n");
  const changed = after.flatMap((line, n) => (line === before[n] ? [] : [n]));
  if (before.length !== after.length || changed.length !== 1)
    throw new Error(`editing one description changed ${changed.length} line(s) of the spec, expected 1`);
  const change = `- ${before[changed[0]!]!.trim()}\n+ ${after[changed[0]!]!.trim()}`;
  return { text, change, pointer: `${picked.pointer}/description`, description };
}

function describedNodes(value: unknown, pointer: string): { node: Record<string, unknown>; pointer: string }[] {
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const own = !Array.isArray(value) && typeof record["description"] === "string" ? [{ node: record, pointer }] : [];
  const children = Object.entries(record)
    .filter(([key]) => Array.isArray(value) || !DATA_KEYWORDS.has(key))
    .flatMap(([key, child]) => describedNodes(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  return [...own, ...children];
}
