/** The properties a direction sees: requests never send `readOnly` ones, responses never return `writeOnly` ones. */
import { resolveObject } from "../../diff-context.js";
import type { Located, SpecSide } from "../../spec-side.js";
import type { Direction } from "../schema-pair.js";
import type { SchemaView } from "../schema-view.js";

/** Properties of a view that exist in the given direction. */
export function visibleProperties(side: SpecSide, view: SchemaView, direction: Direction): Map<string, Located> {
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  const out = new Map<string, Located>();
  for (const [name, prop] of view.properties) {
    if (resolveObject(side, prop)?.value[hidden] === true) continue;
    out.set(name, prop);
  }
  return out;
}
