/** Security requirements may only name schemes declared in `components.securitySchemes`. */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import { isRecord } from "../spec-nodes.js";
import { didYouMean } from "../suggest.js";

/** Reports root and operation security requirements naming an undeclared scheme. @see https://spec.openapis.org/oas/v3.1.0#security-requirement-object */
export const unknownSecuritySchemeRule: SemanticRule = {
  code: "unknown-security-scheme",
  check(document, report, context = semanticContext(document)) {
    const components = document["components"];
    const schemes =
      isRecord(components) && isRecord(components["securitySchemes"]) ? Object.keys(components["securitySchemes"]) : [];
    const declared = new Set(schemes);
    const known =
      schemes.length > 0 ? `declared: ${schemes.map((s) => JSON.stringify(s)).join(", ")}` : "none are declared";
    const lists: { list: unknown; at: string[] }[] = [{ list: document["security"], at: ["security"] }];
    for (const { operation, at } of context.operations())
      lists.push({ list: operation["security"], at: [...at, "security"] });
    for (const { list, at } of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((requirement, index) => {
        if (!isRecord(requirement)) return;
        for (const name of Object.keys(requirement)) {
          if (declared.has(name)) continue;
          report({
            at: [...at, String(index), name],
            message: `security scheme ${JSON.stringify(name)} is not declared in components.securitySchemes (${known})${didYouMean(name, schemes)}`,
          });
        }
      });
    }
  },
};
