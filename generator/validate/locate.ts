/** Turns pointer segments into a diagnostic location. */
import type { SourceLocation } from "../diagnostics.js";
import type { PositionTarget } from "../load/source-file.js";
import type { SpecSources } from "../load/spec-sources.js";
import { toPointer } from "../load/pointer.js";

/** Locates segments of the loaded document. */
export function locateSegments(
  sources: SpecSources,
  segments: readonly string[],
  target: PositionTarget = "value",
): SourceLocation {
  return sources.locate(toPointer(segments), target);
}
