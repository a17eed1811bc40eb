/** Load stage for WADL: the folder's api.wadl (+ XSD, + overlay.yaml) becomes the OpenAPI document later stages see. */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { LoadedSpec, LoadResult } from "../load-spec.js";
import { displayPath } from "../read-file.js";
import { SourceFile } from "../source-file.js";
import { SpecSources } from "../spec-sources.js";
import { deriveOpenApi, WADL_FILES } from "./derive-openapi.js";

/** Converts `wadlFile`; diagnostics of later stages point into the derived openapi.yaml next to it. */
export async function loadWadlSpec(wadlFile: string, rootDir: string): Promise<LoadResult> {
  const overlayPath = path.join(rootDir, WADL_FILES.overlay);
  const hasOverlay = (await stat(overlayPath).catch(() => undefined))?.isFile() ?? false;
  const derived = await deriveOpenApi({ wadlPath: wadlFile, rootDir, ...(hasOverlay ? { overlayPath } : {}) });
  if (!derived.ok) return { ok: false, diagnostics: derived.diagnostics };
  const absolutePath = path.join(rootDir, WADL_FILES.derived);
  const file = new SourceFile({ displayPath: displayPath(absolutePath), absolutePath, text: derived.text });
  const sources = new SpecSources(file);
  sources.setDocument(derived.document);
  const spec: LoadedSpec = {
    document: derived.document,
    version: "3.1",
    sources,
    rootDir,
    derived: { absolutePath, displayPath: file.displayPath, text: derived.text },
  };
  return { ok: true, spec };
}
