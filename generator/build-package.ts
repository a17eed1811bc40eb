/** The in-memory half of the pipeline: normalize → schema types → emit → format. Loaded only when work is needed. */
import path from "node:path";
import type { Diagnostic } from "./diagnostics.js";
import { emitChangelog } from "./emit/emit-changelog.js";
import { emitPackage } from "./emit/emit-package.js";
import type { GeneratedFile } from "./emit/generated-file.js";
import { emitSchemaTypes } from "./emit/schema-types.js";
import { formatFiles } from "./format/format-files.js";
import type { LoadedSpec } from "./load/load-spec.js";
import type { Api } from "./normalize/ir.js";
import { normalizeApi } from "./normalize/normalize.js";
import { deriveRpcSchemas, type RpcDerivation } from "./normalize/rpc-schemas.js";
import { latestVersion } from "./release/changelog-file.js";
import { attachCodeFrames } from "./report.js";

type Timer = <T>(stage: string, run: () => Promise<T> | T) => Promise<T>;

export interface BuildOptions {
  specDir: string;
  id?: string;
  packageName?: string;
  packageVersion?: string;
  /** The spec folder's CHANGELOG.md: its newest version becomes the package version, and it ships with the package. */
  changelog?: string;
}

/** Version of a generated package whose spec folder has no CHANGELOG.md yet (`specforge review` writes one). */
export const DEFAULT_PACKAGE_VERSION = "0.1.0";

/** Builds every file of the package from a validated OpenAPI 3 spec. */
export async function buildPackageFiles(
  spec: LoadedSpec,
  options: BuildOptions,
  time: Timer,
): Promise<{ files: GeneratedFile[]; warnings: Diagnostic[] }> {
  const derived = await time("normalize", () => deriveRpcSchemas(spec.document));
  const api = await time("normalize", () => normalizeSpec(spec, options, derived));
  const typesText = await time("types", () => emitSchemaTypes(derived.document));
  const emitted = await time("emit", () => withChangelog(emitPackage(api, typesText), spec, options.changelog));
  const files = await time("format", () => formatFiles(emitted));
  return { files, warnings: attachCodeFrames(locateWarnings(spec, api.warnings), spec.sources.files) };
}

/** Adds the changelog file (when the spec folder has one), keeping files sorted by path. */
function withChangelog(files: GeneratedFile[], spec: LoadedSpec, changelog: string | undefined): GeneratedFile[] {
  if (changelog === undefined) return files;
  const all = [...files, emitChangelog(path.posix.dirname(sourceNameOf(spec)), changelog)];
  return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function normalizeSpec(
  spec: LoadedSpec,
  options: BuildOptions,
  derived: RpcDerivation = deriveRpcSchemas(spec.document),
): Api {
  const id = options.id ?? defaultIdOf(spec);
  return normalizeApi(derived.document, {
    rpcSchemas: derived.names,
    id,
    packageName: options.packageName ?? `@specforge/${id.toLowerCase().replace(/[^a-z0-9-._]/g, "-")}`,
    packageVersion: options.packageVersion ?? latestVersion(options.changelog) ?? DEFAULT_PACKAGE_VERSION,
    sourceName: sourceNameOf(spec),
  });
}

/** A spec's id when none is given: its file name (`petstore.yaml` → `petstore`), or its folder's for `openapi.yaml`. */
function defaultIdOf(spec: LoadedSpec): string {
  const file = spec.sources.root.absolutePath;
  const stem = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  return /^(openapi|swagger|api|spec)$/i.test(stem) ? path.basename(path.dirname(file)) : stem;
}

/** Warnings normalization raises (name collisions, …) for a spec, located; used by `lint`. */
export function normalizeWarnings(spec: LoadedSpec): Diagnostic[] {
  return locateWarnings(spec, normalizeSpec(spec, { specDir: path.dirname(spec.sources.root.absolutePath) }).warnings);
}

function locateWarnings(spec: LoadedSpec, warnings: readonly Diagnostic[]): Diagnostic[] {
  return warnings.map((w) =>
    w.location.file === "" ? { ...w, location: spec.sources.locate(w.location.pointer) } : w,
  );
}

/**
 * The spec's path as generated headers show it: relative to the working directory when inside it, else its
 * folder and file name only — never an absolute path, so output is the same on every machine.
 */
export function sourceNameOf(spec: LoadedSpec): string {
  const absolute = spec.sources.root.absolutePath;
  const relative = path.relative(process.cwd(), absolute);
  if (relative && !relative.startsWith("..") && !path.isAbsolute(relative)) return relative.split(path.sep).join("/");
  return `${path.basename(path.dirname(absolute))}/${path.basename(absolute)}`;
}
