/** Operations need an operationId: it names the generated method, and a derived name changes whenever the path does. */
import type { LintRule } from "../lint-rule.js";
import { hasText, namedOperations } from "../operation-sites.js";

/** Reports operations without an operationId. */
export const operationIdMissingRule: LintRule = {
  code: "operation-id-missing",
  defaultSeverity: "warning",
  summary: "an operation has no operationId (its generated method name is derived from the path)",
  check(document, report) {
    for (const { operation, at, name } of namedOperations(document)) {
      if (!hasText(operation["operationId"]))
        report({
          at,
          message: `${name} has no operationId; its method name is derived from the path and changes with it`,
        });
    }
  },
};
