/** The in-memory half of the pipeline: normalize → schema types → emit → format. Loaded only when work is needed. */
import path from "node:path";
import type { Diagnostic } from "./diagnostics.js";
import { emitPackage } from "./emit/emit-package.js";
import type { GeneratedFile } from "./emit/generated-file.js";
import { emitSchemaTypes } from "./emit/schema-types.js";
import { formatFiles } from "./format/format-files.js";
import type { LoadedSpec } from "./load/load-spec.js";
import { normalizeApi } from "./normalize/normalize.js";
import { attachCodeFrames } from "./report.js";

type Timer = <T>(stage: string, run: () => Promise<T> | T) => Promise<T>;

export interface BuildOptions {
  specDir: string;
  id?: string;
  packageName?: string;
  packageVersion?: string;
}

/** Default version of a generated package until the review tool decides versions. */
export const DEFAULT_PACKAGE_VERSION = "0.1.0";

/** Builds every file of the package from a validated OpenAPI 3 spec. */
export async function buildPackageFiles(spec: LoadedSpec, options: BuildOptions, time: Timer): Promise<{ files: GeneratedFile[]; warnings: Diagnostic[] }> {
  const id = options.id ?? path.basename(options.specDir);
  const api = await time("normalize", () =>
    normalizeApi(spec.document, {
      id,
      packageName: options.packageName ?? `@specforge/${id.toLowerCase().replace(/[^a-z0-9-._]/g, "-")}`,
      packageVersion: options.packageVersion ?? DEFAULT_PACKAGE_VERSION,
      sourceName: sourceNameOf(spec),
    }),
  );
  const typesText = await time("types", () => emitSchemaTypes(spec.document));
  const emitted = await time("emit", () => emitPackage(api, typesText));
  const files = await time("format", () => formatFiles(emitted));
  const warnings = api.warnings.map((w) => (w.location.file === "" ? { ...w, location: spec.sources.locate(w.location.pointer) } : w));
  return { files, warnings: attachCodeFrames(warnings, spec.sources.files) };
}

/** The spec's path as generated headers show it: relative to the working directory, POSIX separators. */
function sourceNameOf(spec: LoadedSpec): string {
  return spec.sources.root.displayPath;
}
