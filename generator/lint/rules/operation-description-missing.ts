/** Operations need a description (or summary): it becomes the generated method's JSDoc and the README entry. */
import { collectOperations } from "../../validate/spec-nodes.js";
import type { LintRule } from "../lint-rule.js";

const text = (value: unknown) => typeof value === "string" && value.trim() !== "";

/** Reports operations with neither description nor summary. */
export const operationDescriptionMissingRule: LintRule = {
  code: "operation-description-missing",
  defaultSeverity: "warning",
  summary: "an operation has neither description nor summary (its method gets no documentation)",
  check(document, report) {
    for (const { operation, at, method, pathItem } of collectOperations(document)) {
      if (text(operation["description"]) || text(operation["summary"])) continue;
      report({ at, message: `${method.toUpperCase()} ${pathItem.template ?? "(callback)"} has neither description nor summary; its generated method is undocumented` });
    }
  },
};
