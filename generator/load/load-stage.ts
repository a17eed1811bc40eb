/** Load stage: the request's spec (and its changelog) read into memory; every problem located. */
import { attachCodeFrames } from "../report.js";
import type { Freshness, GenerateRequest, SpecSource } from "../pipeline/artifacts.js";
import { StageFailure } from "../pipeline/stage.js";
import { readSpecChangelog } from "../release/changelog-file.js";
import { loadSpec } from "./load-spec.js";

/**
 * Reads the spec (after the up-to-date check, which found its folder); throws StageFailure with located diagnostics
 * when it cannot be read or parsed.
 */
export async function loadStage(input: { request: GenerateRequest; freshness: Freshness }): Promise<SpecSource> {
  const { request, freshness } = input;
  const loaded = await loadSpec(request.specPath, { allowRemoteRefs: request.allowRemoteRefs ?? false });
  if (!loaded.ok) throw new StageFailure(attachCodeFrames(loaded.diagnostics, []));
  return { spec: loaded.spec, specDir: freshness.specDir, changelog: await readSpecChangelog(freshness.specDir) };
}
