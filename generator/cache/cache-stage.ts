/** Cache stage: stops the run when the output already holds what this spec folder, generator and options give. */
import path from "node:path";
import type { Freshness, GenerateRequest } from "../pipeline/artifacts.js";
import { StageStop } from "../pipeline/stage.js";
import { resolveSpecFolder } from "../load/spec-folder.js";
import { cacheKey, isCacheHit } from "./content-cache.js";

/** The options that shape output (everything but where it goes and how the run behaves). */
export function outputSettings(request: GenerateRequest): Record<string, unknown> {
  const { specPath: _spec, outDir: _out, check: _check, noCache: _noCache, ...settings } = request;
  return { ...settings, specPath: undefined, outDir: undefined, check: undefined, noCache: undefined };
}

/** The spec folder's key; throws StageStop("unchanged") on a hit. */
export async function checkFreshness(input: { request: GenerateRequest }): Promise<Freshness> {
  const { request } = input;
  const specDir = await resolveSpecFolder(request.specPath);
  const key = await cacheKey(specDir, outputSettings(request));
  if (!request.noCache && (await isCacheHit(path.resolve(request.outDir), key, request.outDir))) {
    throw new StageStop("unchanged");
  }
  return { specDir, key };
}
