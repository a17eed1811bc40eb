/** Upgrade stage: Swagger 2.0 becomes OpenAPI 3.0 (others pass through), so later stages see one format. */
import type { SpecSource } from "../pipeline/artifacts.js";
import { StageFailure } from "../pipeline/stage.js";
import { attachCodeFrames } from "../report.js";
import { upgradeSpec } from "./upgrade-swagger.js";

/** The structurally valid spec as OpenAPI 3. */
export async function upgradeStage(input: { structured: SpecSource }): Promise<SpecSource> {
  const { structured } = input;
  const upgraded = await upgradeSpec(structured.spec);
  if (!upgraded.ok) throw new StageFailure(attachCodeFrames(upgraded.diagnostics, structured.spec.sources.files));
  return { ...structured, spec: upgraded.spec };
}
