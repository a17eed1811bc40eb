/** Declared security schemes nobody requires produce auth options that never apply. (Undefined ones are a validator error.) */
import { isJsonObject } from "../../json-value.js";
import { collectOperations } from "../../validate/spec-nodes.js";
import type { LintRule } from "../lint-rule.js";

function namesIn(list: unknown, into: Set<string>): void {
  if (!Array.isArray(list)) return;
  for (const requirement of list)
    if (isJsonObject(requirement)) for (const name of Object.keys(requirement)) into.add(name);
}

/** Reports security schemes no security requirement names. */
export const securitySchemeUnusedRule: LintRule = {
  code: "security-scheme-unused",
  defaultSeverity: "warning",
  summary: "a security scheme is declared but no security requirement uses it",
  check(document, report) {
    const components = document["components"];
    const schemes =
      isJsonObject(components) && isJsonObject(components["securitySchemes"])
        ? Object.keys(components["securitySchemes"])
        : [];
    const used = new Set<string>();
    namesIn(document["security"], used);
    for (const { operation } of collectOperations(document)) namesIn(operation["security"], used);
    for (const name of schemes) {
      if (!used.has(name))
        report({
          at: ["components", "securitySchemes", name],
          message: `security scheme ${JSON.stringify(name)} is declared but no security requirement uses it`,
        });
    }
  },
};
