/** Parameters need a description: it documents the generated argument. */
import { collectOperations, parameterEntries } from "../../validate/spec-nodes.js";
import type { LintRule } from "../lint-rule.js";

/** Reports each parameter definition without a description, once where it is defined. */
export const parameterDescriptionMissingRule: LintRule = {
  code: "parameter-description-missing",
  defaultSeverity: "warning",
  summary: "a parameter has no description (its generated argument is undocumented)",
  check(document, report) {
    const seen = new Set<string>();
    for (const { operation, at, pathItem } of collectOperations(document)) {
      for (const owner of [
        { node: pathItem.item, at: pathItem.at },
        { node: operation, at },
      ]) {
        for (const { parameter, definedAt } of parameterEntries(document, owner.node, owner.at)) {
          const key = definedAt.join("/");
          if (seen.has(key)) continue;
          seen.add(key);
          const description = parameter["description"];
          if (typeof description === "string" && description.trim() !== "") continue;
          report({
            at: definedAt,
            message: `parameter ${JSON.stringify(parameter["name"])} (${String(parameter["in"])}) has no description`,
          });
        }
      }
    }
  },
};
