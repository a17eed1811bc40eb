/** Normalize stage: the checked OpenAPI 3 spec becomes the IR (`Api`) the emitters read; its warnings go to the run. */
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { CheckedSpec, GenerateRequest } from "../pipeline/artifacts.js";
import type { RunContext } from "../pipeline/run-context.js";
import { latestVersion } from "../release/changelog-file.js";
import { attachCodeFrames } from "../report.js";
import type { Api } from "./ir.js";
import { normalizeApi } from "./normalize.js";
import { deriveRpcSchemas } from "./rpc-schemas.js";

/** Version of a generated package whose spec folder has no CHANGELOG.md yet (`specforge review` writes one). */
export const DEFAULT_PACKAGE_VERSION = "0.1.0";

/** The IR of the spec, named and versioned per the request. */
export function normalizeStage(input: { request: GenerateRequest; checked: CheckedSpec }, context: RunContext): Api {
  const { request, checked } = input;
  const api = normalizeSpec(checked.spec, { ...request, changelog: checked.changelog });
  context.warn(locateWarnings(checked.spec, api.warnings));
  return api;
}

/** Naming and versioning of one package. */
export interface PackageNaming {
  readonly id?: string | undefined;
  readonly packageName?: string | undefined;
  readonly packageVersion?: string | undefined;
  readonly changelog?: string | undefined;
}

/** The IR of a spec (RPC functions' schemas registered as components first). */
export function normalizeSpec(spec: LoadedSpec, naming: PackageNaming): Api {
  const derived = deriveRpcSchemas(spec.document);
  const id = naming.id ?? defaultIdOf(spec);
  return normalizeApi(derived.document, {
    rpcSchemas: derived.names,
    id,
    packageName: naming.packageName ?? `@specforge/${id.toLowerCase().replace(/[^a-z0-9-._]/g, "-")}`,
    packageVersion: naming.packageVersion ?? latestVersion(naming.changelog) ?? DEFAULT_PACKAGE_VERSION,
    sourceName: sourceNameOf(spec),
  });
}

/** Warnings normalization raises (name collisions, …) for a spec, located; used by `lint`. */
export function normalizeWarnings(spec: LoadedSpec): Diagnostic[] {
  return locateWarnings(spec, normalizeSpec(spec, {}).warnings);
}

function locateWarnings(spec: LoadedSpec, warnings: readonly Diagnostic[]): Diagnostic[] {
  const located = warnings.map((w) =>
    w.location.file === "" ? { ...w, location: spec.sources.locate(w.location.pointer) } : w,
  );
  return attachCodeFrames(located, spec.sources.files);
}

/** A spec's id when none is given: its file name (`petstore.yaml` → `petstore`), or its folder's for `openapi.yaml`. */
function defaultIdOf(spec: LoadedSpec): string {
  const file = spec.sources.root.absolutePath;
  const stem = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  return /^(openapi|swagger|api|spec)$/i.test(stem) ? path.basename(path.dirname(file)) : stem;
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
