/**
 * Write stage: the package folder gets exactly the generated files (with check, only compared), the derived
 * OpenAPI of a WADL spec is kept beside it, and the up-to-date record remembers what was written.
 */
import path from "node:path";
import { cacheKey, saveCacheRecord } from "../cache/content-cache.js";
import { outputSettings } from "../cache/cache-stage.js";
import type { Freshness, GenerateRequest, PackageFiles, SpecSource, WriteOutcome } from "../pipeline/artifacts.js";
import { syncDerivedSpec } from "./write-derived.js";
import { diffPackage, writePackage } from "./write-package.js";

/** Writes (or compares) and returns the changes; the derived spec's change, if any, comes first. */
export async function writeStage(input: {
  request: GenerateRequest;
  freshness: Freshness;
  source: SpecSource;
  files: PackageFiles;
}): Promise<WriteOutcome> {
  const { request, freshness, source } = input;
  const check = request.check ?? false;
  const files = input.files.files;
  const changes = check ? await diffPackage(request.outDir, files) : await writePackage(request.outDir, files);
  const derived = source.spec.derived;
  const derivedChange = derived ? await syncDerivedSpec(derived, { check }) : undefined;
  if (!check && !request.noCache && freshness.key !== undefined) {
    // Writing the derived spec changed the spec folder, so its key is taken again.
    const key = derived ? await cacheKey(freshness.specDir, outputSettings(request)) : freshness.key;
    await saveCacheRecord(path.resolve(request.outDir), key, files);
  }
  return { changes: derivedChange ? [derivedChange, ...changes] : changes };
}
