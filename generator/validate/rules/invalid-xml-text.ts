/**
 * `xml: {x-specforge-node-type: text}` marks one scalar property of an object schema as the element's text: it must
 * sit on a property, at most once per object, on a scalar, and not beside `attribute`, `wrapped` or a name.
 */
import { followPointer } from "../../load/pointer.js";
import type { SemanticRule } from "../rule.js";
import { semanticContext } from "../semantic-context.js";
import { scalarFinding } from "./xml-text-items.js";

/** Reports misplaced or conflicting text-node markers (found per unit; whether a schema is a scalar needs the whole document). */
export const invalidXmlTextRule: SemanticRule = {
  code: "invalid-xml-text",
  check(document, report, context = semanticContext(document)) {
    for (const item of context.facts().xml.text) {
      if (!("scalarOf" in item)) {
        report(item);
        continue;
      }
      const finding = scalarFinding(document, followPointer(document, item.scalarOf), item);
      if (finding) report(finding);
    }
  },
};
