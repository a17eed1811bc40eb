/** `generate` and `generate-all`: runs the pipeline per spec and reports each result, with progress and timings. */
import path from "node:path";
import { schemaTypesInWorker, type Launcher } from "./emit/schema-types-service.js";
import { generatePackage, type GenerateResult } from "./generate.js";
import type { GenerateRequest } from "./pipeline/artifacts.js";
import { PIPELINE } from "./pipeline.js";
import { specProgress } from "./progress.js";
import { formatReport } from "./report.js";

export type Io = { out: (s: string) => void; err: (s: string) => void; errIsTty?: boolean };

/** Exit codes shared with cli.ts. */
export const GENERATE_EXIT = { ok: 0, invalid: 1 } as const;

/** How results are shown. */
export interface ReportOptions {
  readonly quiet: boolean;
  readonly timings: boolean;
}

/** One spec to generate, and the name its lines use. */
export interface GenerateJob {
  readonly label: string;
  readonly request: GenerateRequest;
}

/** Generates each job in turn (one worker thread for schema types serves them all); returns the worst exit code. */
export async function runGenerateJobs(
  jobs: readonly GenerateJob[],
  options: ReportOptions & { launcher?: Launcher | undefined },
  io: Io,
): Promise<number> {
  const worker = options.launcher ? schemaTypesInWorker(options.launcher) : undefined;
  let code: number = GENERATE_EXIT.ok;
  try {
    for (const job of jobs) {
      const progress = specProgress(job.label, { write: io.err, tty: io.errIsTty ?? false, quiet: options.quiet });
      const start = performance.now();
      const result = await generatePackage(job.request, { schemaTypes: worker?.schemaTypes, observer: progress });
      progress.done();
      code = Math.max(code, reportResult(result, { ...job, ms: performance.now() - start, ...options }, io));
    }
  } finally {
    await worker?.close();
  }
  return code;
}

/** Prints one spec's result (diagnostics, staleness or success) and returns its exit code. */
export function reportResult(
  result: GenerateResult,
  ctx: GenerateJob & ReportOptions & { ms: number },
  io: Io,
): number {
  const { label, request } = ctx;
  if (ctx.timings) io.err(`  ${label}: ${timingLine(result.timings)}\n`);
  if (result.diagnostics.length > 0) {
    io.err(formatReport([...result.diagnostics, ...result.warnings]));
    io.err(`✗ ${label}: not generated (nothing was written)\n`);
    return GENERATE_EXIT.invalid;
  }
  if (result.warnings.length > 0) io.err(formatReport(result.warnings));
  if (request.check && result.changes.length > 0) {
    const list = result.changes.map((c) => `    ${c.kind.padEnd(7)} ${c.path}`).join("\n");
    io.err(`✗ ${label}: ${request.outDir} is stale — run \`npm run generate\`:\n${list}\n`);
    return GENERATE_EXIT.invalid;
  }
  const what = result.cached
    ? "unchanged (cached)"
    : request.check
      ? "up to date"
      : `${result.changes.length} file(s) written`;
  if (!ctx.quiet) io.err(`✓ ${label}: ${what} in ${Math.round(ctx.ms)} ms\n`);
  return GENERATE_EXIT.ok;
}

/** Each stage's time in table order, e.g. `load 12 ms · validate 40 ms · …` (stages beside others overlap). */
export function timingLine(timings: Readonly<Record<string, number>>): string {
  const names = [...new Set(PIPELINE.map((row) => row.name))].filter((name) => timings[name] !== undefined);
  return names.map((name) => `${name} ${Math.round(timings[name]!)} ms`).join(" · ");
}

/** The jobs of `generate-all`: every folder of `specsDir` into the folder of the same name under `outRoot`. */
export function generateAllJobs(
  ids: readonly string[],
  specsDir: string,
  outRoot: string,
  common: Omit<GenerateRequest, "specPath" | "outDir">,
): GenerateJob[] {
  return ids.map((id) => ({
    label: id,
    request: { ...common, specPath: path.join(specsDir, id), outDir: path.join(outRoot, id), id },
  }));
}
