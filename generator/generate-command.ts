/** `generate` and `generate-all`: runs the pipeline per spec and reports each result, with progress and timings. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { schemaTypesInWorker, type Launcher } from "./emit/schema-types-service.js";
import { generatePackage, type GenerateResult } from "./generate.js";
import type { GenerateRequest } from "./pipeline/artifacts.js";
import { PIPELINE } from "./pipeline.js";
import { specProgress } from "./progress.js";
import { formatReport } from "./report.js";
import { specFolders } from "./spec-folders.js";
import { watchJobs } from "./watch-command.js";

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

/** `generate-all`: every folder of `specsDir` into the folder of the same name under `outRoot`. */
export async function generateAll(
  options: { specsDir: string; outRoot: string; check: boolean; allowRemoteRefs: boolean; noCache: boolean },
  shown: Parameters<typeof runGenerateJobs>[1] & { watching: boolean },
  io: Io,
): Promise<number> {
  const folders = await specFolders(options.specsDir);
  if (!folders) {
    io.err(`no specs folder at ${options.specsDir}\n`);
    return 2;
  }
  const ids = folders.map((f) => path.basename(f));
  const start = performance.now();
  const { specsDir, outRoot, ...common } = options;
  const jobs = generateAllJobs(ids, specsDir, outRoot, common);
  if (shown.watching) return watchJobs(jobs, shown, io);
  const code = await runGenerateJobs(jobs, shown, io);
  if (!shown.quiet)
    io.err(`${ids.length} spec${ids.length === 1 ? "" : "s"} in ${Math.round(performance.now() - start)} ms\n`);
  const unlocked = await missingFromLockfile(ids.map((id) => path.join(options.outRoot, id)));
  if (unlocked.length > 0) {
    io.err(
      `note: ${unlocked.join(", ")} ${unlocked.length === 1 ? "is" : "are"} not in package-lock.json yet; run \`npm install\` so \`npm ci\` accepts the new workspace\n`,
    );
  }
  return code;
}

/** Package folders that are npm workspaces of this repository but missing from its lockfile. */
async function missingFromLockfile(dirs: string[]): Promise<string[]> {
  const lock = await readFile("package-lock.json", "utf8").catch(() => undefined);
  if (lock === undefined) return [];
  const packages = (JSON.parse(lock) as { packages?: Record<string, unknown> }).packages ?? {};
  return dirs.map((d) => d.split(path.sep).join("/")).filter((d) => d.startsWith("generated/") && !(d in packages));
}
