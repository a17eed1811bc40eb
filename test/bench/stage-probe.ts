/**
 * Child-process entry of the stage measurement: runs the pipeline once in-process (cold: no cache, fresh
 * output folder) and prints one JSON line with the per-stage timings `generatePackage` returns.
 * Bundled by probe-bundle.ts exactly like generator/bin.mjs bundles the CLI; never run by vitest.
 */
import { generatePackage } from "../../generator/generate.js";
import { takeDetailRecords } from "./shims/detail-log.js";

/** What the probe prints; read by run.ts. */
export interface ProbeOutput {
  /** Process start → this module running (Node boot + the pipeline's static imports). */
  bootMs: number;
  /** generatePackage, end to end (stages + the dynamic imports between them). */
  generateMs: number;
  timings: Record<string, number>;
  ok: boolean;
  diagnostics: number;
  files: { path: string; chars: number }[];
  detail: { label: string; ms: number; chars: number }[];
}

const bootMs = performance.now();
const [specPath, outDir] = process.argv.slice(2);
if (!specPath || !outDir) {
  process.stderr.write("usage: stage-probe <spec> <out>\n");
  process.exit(2);
}
const start = performance.now();
const result = await generatePackage({ specPath, outDir, noCache: true });
const output: ProbeOutput = {
  bootMs,
  generateMs: performance.now() - start,
  timings: result.timings,
  ok: result.ok,
  diagnostics: result.diagnostics.length,
  files: result.files.map((f) => ({ path: f.path, chars: f.content.length })),
  detail: takeDetailRecords(),
};
process.stdout.write(`${JSON.stringify(output)}\n`);
