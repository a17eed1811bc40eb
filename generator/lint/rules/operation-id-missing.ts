/** Operations need an operationId: it names the generated method, and a derived name changes whenever the path does. */
import { collectOperations } from "../../validate/spec-nodes.js";
import type { LintRule } from "../lint-rule.js";

/** Reports operations without an operationId. */
export const operationIdMissingRule: LintRule = {
  code: "operation-id-missing",
  defaultSeverity: "warning",
  summary: "an operation has no operationId (its generated method name is derived from the path)",
  check(document, report) {
    for (const { operation, at, method, pathItem } of collectOperations(document)) {
      if (typeof operation["operationId"] === "string" && operation["operationId"] !== "") continue;
      report({ at, message: `${method.toUpperCase()} ${pathItem.template ?? "(callback)"} has no operationId; its method name is derived from the path and changes with it` });
    }
  },
};
