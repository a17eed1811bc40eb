/** Path keys are templates: braces must pair up, and each variable must have a name used once. */
import type { SemanticRule } from "../rule.js";
import { parseTemplate } from "../path-template.js";
import { isRecord } from "../spec-nodes.js";

/** Reports path keys with unbalanced or empty braces, or a variable named twice. @see https://spec.openapis.org/oas/v3.1.0#path-templating */
export const invalidPathTemplateRule: SemanticRule = {
  code: "invalid-path-template",
  check(document, report) {
    const paths = document["paths"];
    if (!isRecord(paths)) return;
    for (const template of Object.keys(paths)) {
      if (template.startsWith("x-")) continue;
      const parsed = parseTemplate(template);
      if (!parsed.ok) {
        report({
          at: ["paths", template],
          message: `path ${JSON.stringify(template)} is malformed: ${parsed.reason}; variables look like /items/{id}`,
        });
        continue;
      }
      const repeated = parsed.names.find((name, index) => parsed.names.indexOf(name) !== index);
      if (repeated !== undefined) {
        report({
          at: ["paths", template],
          message: `path ${JSON.stringify(template)} uses the variable {${repeated}} twice; give each variable its own name`,
        });
      }
    }
  },
};
