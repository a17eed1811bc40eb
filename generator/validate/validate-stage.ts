/** Validate stage, both rows: the document against its version's schema (before upgrade), then the semantic rules. */
import type { SpecSource } from "../pipeline/artifacts.js";
import type { RunContext } from "../pipeline/run-context.js";
import { StageFailure } from "../pipeline/stage.js";
import { attachCodeFrames } from "../report.js";
import { validateSemantics, validateStructure } from "./validate-document.js";

/** The spec unchanged when it matches its version's official schema; else every problem, located. */
export function validateStructureStage(input: { source: SpecSource }, context: RunContext): SpecSource {
  const { source } = input;
  const found = validateStructure(source.spec);
  const errors = found.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new StageFailure(attachCodeFrames(errors, source.spec.sources.files));
  context.warn(attachCodeFrames(found, source.spec.sources.files));
  return source;
}

/** The OpenAPI 3 spec when no semantic rule finds an error; warnings go to the run. */
export function validateSemanticsStage(input: { openapi: SpecSource }, context: RunContext): SpecSource {
  const { openapi } = input;
  const found = validateSemantics(openapi.spec);
  const errors = found.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new StageFailure(attachCodeFrames(errors, openapi.spec.sources.files));
  context.warn(attachCodeFrames(found, openapi.spec.sources.files));
  return openapi;
}
