/**
 * Degenerate `$ref` cycles: nodes that only refer to each other (`$ref`, or `allOf`/`anyOf`/`oneOf`
 * with nothing else) never reach a real definition. Recursion through object properties is fine; recursion through
 * bare array items alone (`List: { type: array, items: List }`) has no TypeScript name, so it counts as degenerate.
 */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import { showPointer } from "../spec-nodes.js";
import { stronglyConnected } from "../strongly-connected.js";
import type { ShapelessFact } from "./shapeless-nodes.js";
import { compareText } from "../../diagnostics.js";
import { parsePointer } from "../../load/pointer.js";

/** Reports each group of nodes that reach only each other through `$ref`s and compositions. @see https://spec.openapis.org/oas/v3.1.0#reference-object */
export const refCycleRule: SemanticRule = {
  code: "ref-cycle",
  check(document, report, context = semanticContext(document)) {
    const byPointer = new Map<string, ShapelessFact>();
    for (const fact of context.facts().shapeless) byPointer.set(fact.pointer, fact);
    const edges = new Map<string, string[]>();
    for (const fact of byPointer.values()) {
      const targets = fact.targets.filter((target) => byPointer.has(target));
      if (targets.length > 0) edges.set(fact.pointer, targets);
    }
    const nodes = [...edges.keys()];
    for (const component of stronglyConnected(nodes, edges)) {
      const first = component[0]!;
      if (component.length === 1 && !(edges.get(first) ?? []).includes(first)) continue;
      const start = [...component].sort(compareText)[0]!;
      const shown = (pointer: string) => showPointer(parsePointer(pointer) ?? []);
      report({
        at: [...(parsePointer(start) ?? []), byPointer.get(start)!.key],
        message: `$ref cycle with no schema in between: ${describeCycle(start, component, edges, shown)}; give one of them a real definition (type, properties, …) or break the cycle`,
      });
    }
  },
};

/** `#/a → #/b → #/a`, following edges inside the component from `start`. */
function describeCycle(
  start: string,
  component: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  show: (pointer: string) => string,
): string {
  const members = new Set(component);
  const path = [start];
  let current = start;
  while (path.length <= 6) {
    const next = (edges.get(current) ?? []).find((t) => members.has(t) && (t === start || !path.includes(t)));
    if (next === undefined) break;
    path.push(next);
    if (next === start) break;
    current = next;
  }
  const shown = path.map(show);
  return path[path.length - 1] === start ? shown.join(" → ") : `${shown.join(" → ")} → …`;
}
