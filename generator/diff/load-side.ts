/** Loads one side of a diff with the pipeline's loader (multi-file `$ref`s bundled, Swagger 2.0 upgraded), positions kept. */
import type { Diagnostic } from "../diagnostics.js";
import { loadSpec } from "../load/load-spec.js";
import { upgradeSpec } from "../load/upgrade-swagger.js";
import { attachCodeFrames } from "../report.js";
import type { SpecSide } from "./spec-side.js";

/** A loaded side, or the diagnostics that stopped it. */
export type SideResult = { ok: true; side: SpecSide } | { ok: false; diagnostics: Diagnostic[] };

/** Loads a spec file or folder for diffing; `relabel` rewrites file names shown in locations. */
export async function loadDiffSide(
  specPath: string,
  options: { relabel?: (file: string) => string; allowRemoteRefs?: boolean } = {},
): Promise<SideResult> {
  const loaded = await loadSpec(specPath, { allowRemoteRefs: options.allowRemoteRefs ?? false });
  if (!loaded.ok) return { ok: false, diagnostics: attachCodeFrames(loaded.diagnostics, []) };
  const upgraded = await upgradeSpec(loaded.spec);
  if (!upgraded.ok)
    return { ok: false, diagnostics: attachCodeFrames(upgraded.diagnostics, loaded.spec.sources.files) };
  const side: SpecSide = { document: upgraded.spec.document, sources: upgraded.spec.sources };
  if (options.relabel) side.relabel = options.relabel;
  return { ok: true, side };
}
