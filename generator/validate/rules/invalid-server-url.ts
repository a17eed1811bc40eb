/** Server URLs are templates: braces must pair up and every `{variable}` must be declared. */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import { parseTemplate } from "../path-template.js";
import { isRecord } from "../spec-nodes.js";
import { didYouMean } from "../suggest.js";

/** Reports malformed server URL templates and variables missing from `variables`. @see https://spec.openapis.org/oas/v3.1.0#server-object */
export const invalidServerUrlRule: SemanticRule = {
  code: "invalid-server-url",
  check(document, report, context = semanticContext(document)) {
    for (const { server, at } of context.servers()) {
      const url = server["url"];
      if (typeof url !== "string") continue;
      const parsed = parseTemplate(url);
      if (!parsed.ok) {
        report({ at: [...at, "url"], message: `server URL ${JSON.stringify(url)} is malformed: ${parsed.reason}` });
        continue;
      }
      const variables = isRecord(server["variables"]) ? Object.keys(server["variables"]) : [];
      for (const name of new Set(parsed.names)) {
        if (variables.includes(name)) continue;
        report({
          at: [...at, "url"],
          message: `server URL variable {${name}} is not declared; add variables.${name} with a default value${didYouMean(name, variables)}`,
        });
      }
    }
  },
};
