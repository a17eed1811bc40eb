/** Runs the review lint rules over a validated OpenAPI 3 document, each at its configured severity. */
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "../load/load-spec.js";
import { runRule } from "../validate/validate-document.js";
import type { RuleSetting } from "./lint-config.js";
import { LINT_RULES } from "./lint-rules.js";

/** Located findings of every rule that is not `off`. */
export function runLintRules(spec: LoadedSpec, settings: Readonly<Record<string, RuleSetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of Object.values(LINT_RULES)) {
    const setting = settings[rule.code] ?? rule.defaultSeverity;
    if (setting !== "off") out.push(...runRule(rule, spec, setting));
  }
  return out;
}
