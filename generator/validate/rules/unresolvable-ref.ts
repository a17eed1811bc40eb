/** Every local `$ref` (and discriminator mapping) must point at something that exists in the document. */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import type { JsonObject } from "../spec-nodes.js";
import { showPointer } from "../spec-nodes.js";
import { didYouMean } from "../suggest.js";
import { followPointer, parsePointer, parseRefPointer } from "../../load/pointer.js";

/** Reports local `$ref`s whose JSON pointer (or 3.1 `$anchor`) leads nowhere. @see https://spec.openapis.org/oas/v3.1.0#reference-object */
export const unresolvableRefRule: SemanticRule = {
  code: "unresolvable-ref",
  check(document, report, context = semanticContext(document)) {
    const { refs, anchors } = context.facts();
    for (const local of refs) {
      const base = local.base !== undefined ? followPointer(document, parsePointer(local.base) ?? []) : document;
      const problem = explainRef(local.ref, base, anchors, document);
      if (problem !== undefined)
        report({
          at: parsePointer(local.at) ?? [],
          message: `$ref ${JSON.stringify(local.ref)} does not resolve: ${problem}`,
        });
    }
  },
};

/** Why a local ref does not resolve, or undefined when it does. */
function explainRef(
  ref: string,
  base: unknown,
  anchors: ReadonlySet<string>,
  document: JsonObject,
): string | undefined {
  if (ref !== "#" && !ref.startsWith("#/")) {
    const anchor = ref.slice(1);
    if (/^[A-Za-z_][-A-Za-z0-9._]*$/.test(anchor)) {
      return anchors.has(anchor)
        ? undefined
        : `no schema declares $anchor ${JSON.stringify(anchor)}; local refs look like "#/components/schemas/Name"`;
    }
    return `not a JSON pointer; local refs look like "#/components/schemas/Name"`;
  }
  const segments = parseRefPointer(ref);
  if (!segments) return `malformed percent-encoding in the pointer`;
  if (segments.length === 0 && base === document)
    return `it points at the whole document; refer to a component such as "#/components/schemas/Name"`;
  if (followPointer(base, segments) !== undefined) return undefined;
  let node: unknown = base;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const parentShown = showPointer(segments.slice(0, i));
    if (node === null || typeof node !== "object") return `${parentShown} is ${describeValue(node)}, not an object`;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) {
      const names = Array.isArray(node) ? [] : Object.keys(node as JsonObject);
      return `${parentShown} has no ${JSON.stringify(segment)}${didYouMean(segment, names)}`;
    }
    node = (node as JsonObject)[segment];
  }
  return "the target is missing";
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}
