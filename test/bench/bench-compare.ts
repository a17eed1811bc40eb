/**
 * Generation side by side: every tool on the same spec, runs interleaved (tool A, B, C, D, then again) so a
 * busy machine disturbs their ratios less. Used for the synthetic sizes (from bench-sizes.ts), for every
 * provider folder in specs/ and for the real large spec (GitHub's REST description). A tool that fails keeps its row, with its error.
 */
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { measureNode, type RssProbe, type Sample } from "./measure.js";
import { msOf, toMeasurement, type Measurement } from "./measurement.js";
import type { GenTool, SpecInput, ToolId } from "./peers.js";
import { SPEC_FILE } from "./spec-sets.js";
import { countSpec } from "./synthetic-spec.js";

/** One spec measured with every tool. */
export interface CompareRow {
  label: string;
  kind: "synthetic" | "provider" | "real";
  counts: { operations: number; schemas: number };
  specBytes: number;
  tools: Partial<Record<ToolId, Measurement>>;
}

/** What running a tool needs. */
export interface ToolContext {
  root: string;
  probe: RssProbe;
}

/** Runs `tool` once into `out` (removed first); a run that exits 0 but writes no .ts file counts as failed. */
export async function runTool(
  tool: GenTool,
  input: SpecInput,
  out: string,
  ctx: ToolContext,
  options: { cache: boolean; fresh: boolean } = { cache: false, fresh: true },
): Promise<Sample> {
  if (options.fresh) await rm(out, { recursive: true, force: true });
  const rel = (p: string) => path.relative(ctx.root, p);
  const files = {
    specDir: rel(input.specDir),
    specFile: rel(input.specFile),
    ...(input.peerFile ? { peerFile: rel(input.peerFile) } : {}),
  };
  const sample = await measureNode(tool.args(files, rel(out), { cache: options.cache }), {
    cwd: ctx.root,
    probe: ctx.probe,
    node: tool.node.binary,
  });
  if (sample.exitCode === 0 && !(await hasTypeScript(out)))
    return {
      ...sample,
      exitCode: -1,
      stderr: `${sample.stderr}\nexited 0 but wrote no .ts file under its output folder`,
    };
  return sample;
}

/** Runs every tool `runs` times on `input`, interleaved; outputs go to `<outBase>/<tool>-<i>` and are removed. */
export async function runToolsInterleaved(
  tools: readonly GenTool[],
  input: SpecInput,
  outBase: string,
  runs: number,
  ctx: ToolContext & { log: (line: string) => void; label: string },
): Promise<Record<string, Sample[]>> {
  const samples: Record<string, Sample[]> = Object.fromEntries(tools.map((t) => [t.id, []]));
  for (let i = 1; i <= runs; i++) {
    for (const tool of tools) {
      const out = path.join(outBase, `${tool.id}-${i}`);
      samples[tool.id]!.push(await runTool(tool, input, out, ctx));
      await rm(out, { recursive: true, force: true });
    }
    ctx.log(
      `  ${ctx.label}${runs > 1 ? ` run ${i}/${runs}` : ""}: ${tools.map((t) => `${t.id} ${msOf(samples[t.id]!.at(-1)!)}`).join(", ")}`,
    );
  }
  return samples;
}

/** Every provider folder of specs/ with every tool (`runs` interleaved runs each). */
export async function benchProviderSpecs(
  tools: readonly GenTool[],
  runs: number,
  ctx: ToolContext & { workDir: string; log: (line: string) => void },
): Promise<CompareRow[]> {
  const rows: CompareRow[] = [];
  for (const input of await providerInputs(ctx.root)) {
    const id = path.basename(input.specDir);
    const text = await readFile(input.peerFile ?? input.specFile, "utf8");
    const label = `${id} (${path.basename(input.specFile)}${input.peerFile ? `; peers read the derived ${path.basename(input.peerFile)}` : ""})`;
    rows.push(await compareSpec(tools, input, { id, label, kind: "provider", counts: safeCount(text), runs }, ctx));
  }
  return rows;
}

/** One spec with every tool (`runs` interleaved runs each), as a row of the side-by-side tables. */
export async function compareSpec(
  tools: readonly GenTool[],
  input: SpecInput,
  row: Pick<CompareRow, "label" | "kind" | "counts"> & { id: string; runs: number },
  ctx: ToolContext & { workDir: string; log: (line: string) => void },
): Promise<CompareRow> {
  const outBase = path.join(ctx.workDir, "out", "compare", row.id);
  const samples = await runToolsInterleaved(tools, input, outBase, row.runs, { ...ctx, label: row.id });
  return {
    label: row.label,
    kind: row.kind,
    counts: row.counts,
    specBytes: (await stat(input.specFile)).size,
    tools: Object.fromEntries(tools.map((t) => [t.id, toMeasurement(samples[t.id]!)])),
  };
}

/** specs/<id>/ folders and the spec file each holds (the first one generate-all would read). */
export async function providerInputs(root: string): Promise<SpecInput[]> {
  const specsDir = path.join(root, "specs");
  const dirs = (await readdir(specsDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const inputs: SpecInput[] = [];
  for (const dir of dirs) {
    const file = (await readdir(path.join(specsDir, dir))).sort().find((f) => SPEC_FILE.test(f));
    if (!file) continue;
    // A WADL folder: specforge converts it on every run; the peers get the OpenAPI document it derives (committed).
    const derived = path.join(specsDir, dir, "openapi.yaml");
    const peerFile = /\.wadl$/i.test(file) && existsSync(derived) ? derived : undefined;
    inputs.push({
      specDir: path.join(specsDir, dir),
      specFile: path.join(specsDir, dir, file),
      ...(peerFile ? { peerFile } : {}),
    });
  }
  return inputs;
}

function safeCount(text: string): CompareRow["counts"] {
  try {
    const doc = parseYaml(text) as unknown;
    return doc && typeof doc === "object"
      ? countSpec(doc as Record<string, unknown>)
      : { operations: Number.NaN, schemas: Number.NaN };
  } catch {
    return { operations: Number.NaN, schemas: Number.NaN }; // WADL or not YAML: the table shows n/a
  }
}

async function hasTypeScript(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.some((e) => e.endsWith(".ts"));
}
