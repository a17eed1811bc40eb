/** One parameters list may not declare the same (name, in) twice; header names are case-insensitive. */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import type { JsonObject } from "../spec-nodes.js";
import { parameterKey, showPointer } from "../spec-nodes.js";
import { toPointer } from "../../load/pointer.js";

/** Reports each repeated parameter of a path item or operation list, `$ref`s resolved. @see https://spec.openapis.org/oas/v3.1.0#operation-object */
export const duplicateParameterRule: SemanticRule = {
  code: "duplicate-parameter",
  check(document, report, context = semanticContext(document)) {
    const owners: { node: JsonObject; at: string[] }[] = [];
    for (const visit of context.pathItems()) {
      owners.push({ node: visit.item, at: visit.at });
      for (const op of context.operationsOf(visit)) owners.push({ node: op.operation, at: op.at });
    }
    const checked = new Set<string>();
    for (const owner of owners) {
      const pointer = toPointer(owner.at);
      if (checked.has(pointer)) continue;
      checked.add(pointer);
      const first = new Map<string, string[]>();
      for (const entry of context.parameters(owner.node, owner.at)) {
        const key = parameterKey(entry.parameter);
        if (!key) continue;
        const id = `${key.in}\u0000${key.in.toLowerCase() === "header" ? key.name.toLowerCase() : key.name}`;
        const previous = first.get(id);
        if (!previous) {
          first.set(id, entry.at);
          continue;
        }
        report({
          at: entry.at,
          message: `parameter ${JSON.stringify(key.name)} in ${key.in} is declared twice in this list (first at ${showPointer(previous)}); remove one of them`,
        });
      }
    }
  },
};
