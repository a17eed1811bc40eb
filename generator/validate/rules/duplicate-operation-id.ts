/** operationIds name the generated methods, so two operations may not share one. */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import { showPointer } from "../spec-nodes.js";
import { toPointer } from "../../load/pointer.js";

/** Reports every operation whose operationId an earlier operation already uses. @see https://spec.openapis.org/oas/v3.1.0#operation-object */
export const duplicateOperationIdRule: SemanticRule = {
  code: "duplicate-operation-id",
  check(document, report, context = semanticContext(document)) {
    const first = new Map<string, { at: string[]; label: string }>();
    const visited = new Set<string>();
    for (const { operation, at, method, pathItem } of context.operations()) {
      const id = operation["operationId"];
      const pointer = toPointer(at);
      if (typeof id !== "string" || visited.has(pointer)) continue;
      visited.add(pointer);
      const label = `${method.toUpperCase()} ${pathItem.template ?? showPointer(pathItem.at)}`;
      const previous = first.get(id);
      if (!previous) {
        first.set(id, { at, label });
        continue;
      }
      report({
        at: [...at, "operationId"],
        message: `operationId ${JSON.stringify(id)} of ${label} is already used by ${previous.label} at ${showPointer([...previous.at, "operationId"])}; operationIds must be unique, rename one of them`,
      });
    }
  },
};
