/** Turns pointer segments into a diagnostic location. */
import type { SourceLocation } from "../diagnostics.js";
import type { SpecSources } from "../load/spec-sources.js";
import { toPointer } from "../load/pointer.js";

/**
 * Locates segments of the loaded document. `SpecSources.locate` reads its argument as a URI
 * fragment (it percent-decodes), so a literal `%` in a key is escaped first.
 */
export function locateSegments(sources: SpecSources, segments: readonly string[]): SourceLocation {
  return sources.locate(toPointer(segments).replace(/%/g, "%25"));
}
