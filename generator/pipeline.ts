/** The pipeline: load → validate → upgrade → validate → normalize → types → emit → format → write, each stage timed. */
import path from "node:path";
import { sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { attachCodeFrames } from "./report.js";
import { cacheKey, isCacheHit, saveCacheRecord } from "./cache/content-cache.js";
import type { GeneratedFile } from "./emit/generated-file.js";
import { diffPackage, writePackage, type FileChange } from "./write/write-package.js";

export interface GenerateOptions {
  specPath: string;
  outDir: string;
  /** Folder name used for the client class name; defaults to the spec folder's name. */
  id?: string;
  packageName?: string;
  packageVersion?: string;
  /** Compare with `outDir` instead of writing. */
  check?: boolean;
  allowRemoteRefs?: boolean;
  /** Skip the content-hash cache. */
  noCache?: boolean;
}

export interface GenerateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  /** Written (or, with check, differing) files. */
  changes: FileChange[];
  files: GeneratedFile[];
  cached: boolean;
  timings: Record<string, number>;
}

/** Generates one package; never throws for bad input (problems come back as diagnostics). */
export async function generatePackage(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    }
  };
  const result = (partial: Partial<GenerateResult>): GenerateResult => ({
    ok: false,
    diagnostics: [],
    warnings: [],
    changes: [],
    files: [],
    cached: false,
    timings,
    ...partial,
  });
  const specDir = await time("cache", () => specFolderOf(options.specPath));
  const settings = { ...options, specPath: undefined, outDir: undefined, check: undefined, noCache: undefined };
  const key = await time("cache", () => cacheKey(specDir, settings));
  const cacheName = path.resolve(options.outDir);
  if (!options.noCache && (await time("cache", () => isCacheHit(cacheName, key, options.outDir)))) {
    return result({ ok: true, cached: true });
  }

  const checked = await loadCheckedSpec(options.specPath, { allowRemoteRefs: options.allowRemoteRefs ?? false }, time);
  if (!checked.ok) return result({ diagnostics: checked.diagnostics });
  const { spec, semantic } = checked;

  const { buildPackageFiles } = await import("./build-package.js");
  const { readSpecChangelog } = await import("./release/changelog-file.js");
  const changelog = await readSpecChangelog(specDir);
  const built = await buildPackageFiles(
    spec,
    { ...options, specDir, ...(changelog !== undefined ? { changelog } : {}) },
    time,
  );
  const warnings = sortDiagnostics([...semantic.filter((d) => d.severity === "warning"), ...built.warnings]);
  const changes = options.check
    ? await time("write", () => diffPackage(options.outDir, built.files))
    : await time("write", () => writePackage(options.outDir, built.files));
  if (spec.derived) {
    const { syncDerivedSpec } = await import("./write/write-derived.js");
    const derivedChange = await time("write", () => syncDerivedSpec(spec.derived!, { check: options.check ?? false }));
    if (derivedChange) changes.unshift(derivedChange);
  }
  const savedKey = spec.derived && !options.check ? await time("cache", () => cacheKey(specDir, settings)) : key;
  if (!options.check && !options.noCache) await time("cache", () => saveCacheRecord(cacheName, savedKey, built.files));
  return result({ ok: !options.check || changes.length === 0, warnings, changes, files: built.files });
}

type Timer = <T>(stage: string, run: () => Promise<T> | T) => Promise<T>;

type CheckedSpec =
  | { ok: true; spec: import("./load/load-spec.js").LoadedSpec; semantic: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Load → validate → upgrade → validate: an OpenAPI 3 document ready for normalization, or every error, located. */
async function loadCheckedSpec(
  specPath: string,
  options: { allowRemoteRefs: boolean },
  time: Timer,
): Promise<CheckedSpec> {
  const { loadSpec } = await import("./load/load-spec.js");
  const { upgradeSpec } = await import("./load/upgrade-swagger.js");
  const loaded = await time("load", () => loadSpec(specPath, options));
  if (!loaded.ok) return { ok: false, diagnostics: attachCodeFrames(loaded.diagnostics, []) };
  const { validateStructure, validateSemantics } = await import("./validate/validate-document.js");
  const structural = await time("validate", () => validateStructure(loaded.spec));
  if (structural.length > 0) return { ok: false, diagnostics: attachCodeFrames(structural, loaded.spec.sources.files) };
  const upgraded = await time("upgrade", () => upgradeSpec(loaded.spec));
  if (!upgraded.ok)
    return { ok: false, diagnostics: attachCodeFrames(upgraded.diagnostics, loaded.spec.sources.files) };
  const semantic = await time("validate", () => validateSemantics(upgraded.spec));
  const errors = semantic.filter((d) => d.severity === "error");
  if (errors.length > 0) return { ok: false, diagnostics: attachCodeFrames(errors, upgraded.spec.sources.files) };
  return { ok: true, spec: upgraded.spec, semantic };
}

/** Builds a package's files in memory (no cache, nothing written): what the review compares between two refs. */
export async function buildPackageInMemory(options: {
  specPath: string;
  id: string;
  packageVersion?: string;
}): Promise<{ ok: true; files: GeneratedFile[] } | { ok: false; diagnostics: Diagnostic[] }> {
  const time: Timer = async (_stage, run) => run();
  const checked = await loadCheckedSpec(options.specPath, { allowRemoteRefs: false }, time);
  if (!checked.ok) return checked;
  const { buildPackageFiles } = await import("./build-package.js");
  const specDir = await specFolderOf(options.specPath);
  const built = await buildPackageFiles(
    checked.spec,
    { specDir, id: options.id, ...(options.packageVersion ? { packageVersion: options.packageVersion } : {}) },
    time,
  );
  return { ok: true, files: built.files };
}

/** Load, validate and lint (what `specforge lint` runs): every error and warning, located; lint rules per specforge.config.json. */
export async function lintSpec(specPath: string, options: { allowRemoteRefs?: boolean } = {}): Promise<Diagnostic[]> {
  const { loadSpec } = await import("./load/load-spec.js");
  const { upgradeSpec } = await import("./load/upgrade-swagger.js");
  const loaded = await loadSpec(specPath, { allowRemoteRefs: options.allowRemoteRefs ?? false });
  if (!loaded.ok) return attachCodeFrames(loaded.diagnostics, []);
  const { validateStructure, validateSemantics } = await import("./validate/validate-document.js");
  const structural = validateStructure(loaded.spec);
  if (structural.some((d) => d.severity === "error")) return attachCodeFrames(structural, loaded.spec.sources.files);
  const upgraded = await upgradeSpec(loaded.spec);
  if (!upgraded.ok) return attachCodeFrames(upgraded.diagnostics, loaded.spec.sources.files);
  const semantic = validateSemantics(upgraded.spec);
  if (semantic.some((d) => d.severity === "error"))
    return attachCodeFrames([...structural, ...semantic], loaded.spec.sources.files);
  const { normalizeWarnings } = await import("./build-package.js");
  const { loadLintConfig } = await import("./lint/lint-config.js");
  const { runLintRules } = await import("./lint/run-lint.js");
  const config = await loadLintConfig(await specFolderOf(specPath));
  const linted = runLintRules(upgraded.spec, config.settings);
  return attachCodeFrames(
    [...config.diagnostics, ...structural, ...semantic, ...normalizeWarnings(upgraded.spec), ...linted],
    loaded.spec.sources.files,
  );
}

async function specFolderOf(specPath: string): Promise<string> {
  const { resolveSpecFile } = await import("./load/spec-file.js");
  const file = await resolveSpecFile(specPath);
  return file ? path.dirname(file) : path.resolve(specPath);
}
