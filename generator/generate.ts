/** The pipeline's callers: generate a package, build one in memory (review), or check a spec (lint). */
import type { Diagnostic } from "./diagnostics.js";
import { sortDiagnostics } from "./diagnostics.js";
import { resolveSpecFolder } from "./load/spec-folder.js";
import { PIPELINE } from "./pipeline.js";
import type { Artifacts, GenerateRequest } from "./pipeline/artifacts.js";
import type { GeneratedFile } from "./pipeline/generated-file.js";
import type { RunContext, SchemaTypesService, StageObserver } from "./pipeline/run-context.js";
import { runStages, type RunOutcome } from "./pipeline/run-stages.js";
import { attachCodeFrames } from "./report.js";
import type { FileChange } from "./write/write-package.js";
import { schemaTypesInThread } from "./emit/schema-types-service.js";

export type GenerateOptions = GenerateRequest;

/** How a run is carried out (not what it makes): where schema types are computed, who watches the stages. */
export interface RunServices {
  readonly schemaTypes?: SchemaTypesService | undefined;
  readonly observer?: StageObserver | undefined;
}

export interface GenerateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  /** Written (or, with check, differing) files. */
  changes: FileChange[];
  files: GeneratedFile[];
  cached: boolean;
  /** Milliseconds per stage name (rows sharing a name add up). */
  timings: Record<string, number>;
}

/** Generates one package; never throws for bad input (problems come back as diagnostics). */
export async function generatePackage(request: GenerateRequest, services: RunServices = {}): Promise<GenerateResult> {
  const run = createRun(services);
  const outcome = await runStages(PIPELINE, { request }, "written", run.context);
  const result = {
    ok: false,
    diagnostics: [],
    warnings: run.warnings(),
    changes: [],
    files: [],
    cached: false,
    timings: run.timings,
  };
  if (outcome.kind === "stopped") return { ...result, ok: true, cached: true, warnings: [] };
  if (outcome.kind === "failed") return { ...result, diagnostics: [...outcome.failure.diagnostics] };
  const files = [...(outcome.made.files?.files ?? [])];
  const changes = [...outcome.value.changes];
  return { ...result, ok: !request.check || changes.length === 0, changes, files };
}

/** Builds a package's files in memory (no cache, nothing written): what the review compares between two refs. */
export async function buildPackageInMemory(options: {
  specPath: string;
  id: string;
  packageVersion?: string;
}): Promise<{ ok: true; files: GeneratedFile[] } | { ok: false; diagnostics: Diagnostic[] }> {
  const request: GenerateRequest = { ...options, outDir: "", noCache: true };
  const outcome = await runWithoutCache(request, "files");
  if (outcome.kind !== "done") return { ok: false, diagnostics: failureOf(outcome) };
  return { ok: true, files: [...outcome.value.files] };
}

/** Load, validate and lint (what `specforge lint` runs): every error and warning, located; lint rules per specforge.config.json. */
export async function lintSpec(specPath: string, options: { allowRemoteRefs?: boolean } = {}): Promise<Diagnostic[]> {
  const request: GenerateRequest = { specPath, outDir: "", allowRemoteRefs: options.allowRemoteRefs, noCache: true };
  const run = createRun({});
  const freshness = { specDir: await resolveSpecFolder(specPath), key: undefined };
  const outcome = await runStages(PIPELINE, { request, freshness }, "checked", run.context);
  if (outcome.kind !== "done") return sortDiagnostics([...failureOf(outcome), ...run.warnings()]);
  const spec = outcome.value.spec;
  const { normalizeWarnings } = await import("./normalize/normalize-stage.js");
  const { loadLintConfig } = await import("./lint/lint-config.js");
  const { runLintRules } = await import("./lint/run-lint.js");
  const config = await loadLintConfig(outcome.value.specDir);
  const linted = attachCodeFrames(runLintRules(spec, config.settings), spec.sources.files);
  return [
    ...attachCodeFrames(config.diagnostics, spec.sources.files),
    ...run.warnings(),
    ...normalizeWarnings(spec),
    ...linted,
  ];
}

async function runWithoutCache<K extends keyof Artifacts>(request: GenerateRequest, target: K): Promise<RunOutcome<K>> {
  const freshness = { specDir: await resolveSpecFolder(request.specPath), key: undefined };
  return runStages(PIPELINE, { request, freshness }, target, createRun({}).context);
}

function failureOf(outcome: RunOutcome<keyof Artifacts>): Diagnostic[] {
  return outcome.kind === "failed" ? [...outcome.failure.diagnostics] : [];
}

/** One run's context, plus what it collected: warnings and per-stage timings. */
function createRun(services: RunServices) {
  const warnings: Diagnostic[] = [];
  const timings: Record<string, number> = {};
  const context: RunContext = {
    warn: (found) => void warnings.push(...found.filter((d) => d.severity === "warning")),
    schemaTypes: services.schemaTypes ?? schemaTypesInThread,
    observer: {
      started: (stage) => services.observer?.started(stage),
      finished: (stage, ms) => {
        timings[stage] = (timings[stage] ?? 0) + ms;
        services.observer?.finished(stage, ms);
      },
    },
  };
  return { context, timings, warnings: () => sortDiagnostics(warnings) };
}
