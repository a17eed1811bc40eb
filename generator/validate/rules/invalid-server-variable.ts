/** A server variable's default is what clients use when nothing is chosen, so it must be one of its enum values. */
import { semanticContext } from "../semantic-context.js";
import type { SemanticRule } from "../rule.js";
import { isRecord } from "../spec-nodes.js";

/** Reports server variables whose `default` is not in their `enum`. @see https://spec.openapis.org/oas/v3.1.0#server-variable-object */
export const invalidServerVariableRule: SemanticRule = {
  code: "invalid-server-variable",
  check(document, report, context = semanticContext(document)) {
    for (const { server, at } of context.servers()) {
      const variables = server["variables"];
      if (!isRecord(variables)) continue;
      for (const [name, variable] of Object.entries(variables)) {
        if (!isRecord(variable) || !Array.isArray(variable["enum"]) || !("default" in variable)) continue;
        const values = variable["enum"];
        if (values.includes(variable["default"])) continue;
        const shown = values
          .slice(0, 10)
          .map((v) => JSON.stringify(v))
          .join(", ");
        report({
          at: [...at, "variables", name, "default"],
          message: `default ${JSON.stringify(variable["default"])} of server variable ${JSON.stringify(name)} is not one of its enum values (${shown}); add it to the enum or change the default`,
        });
      }
    }
  },
};
