/** Operations need a description (or summary): it becomes the generated method's JSDoc and the README entry. */
import type { LintRule } from "../lint-rule.js";
import { hasText, namedOperations } from "../operation-sites.js";

/** Reports operations with neither description nor summary. */
export const operationDescriptionMissingRule: LintRule = {
  code: "operation-description-missing",
  defaultSeverity: "warning",
  summary: "an operation has neither description nor summary (its method gets no documentation)",
  check(document, report) {
    for (const { operation, at, name } of namedOperations(document)) {
      if (!hasText(operation["description"]) && !hasText(operation["summary"]))
        report({ at, message: `${name} has neither description nor summary; its generated method is undocumented` });
    }
  },
};
