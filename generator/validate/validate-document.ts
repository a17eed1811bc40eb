/** Validate stage, semantic half: the rules JSON Schema cannot express, run in one ordered list. */
import type { Diagnostic, Severity } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { LoadedSpec } from "../load/load-spec.js";
import { toPointer } from "../load/pointer.js";
import { locateSegments } from "./locate.js";
import type { RuleFinding, SemanticRule } from "./rule.js";
import { semanticContext, type SemanticContext } from "./semantic-context.js";
import type { FactPiece } from "./unit-facts.js";
import { duplicateOperationIdRule } from "./rules/duplicate-operation-id.js";
import { duplicateParameterRule } from "./rules/duplicate-parameter.js";
import { invalidExtensionRule } from "./rules/invalid-extension.js";
import { invalidRpcRule } from "./rules/invalid-rpc.js";
import { invalidPathTemplateRule } from "./rules/invalid-path-template.js";
import { invalidServerUrlRule } from "./rules/invalid-server-url.js";
import { invalidServerVariableRule } from "./rules/invalid-server-variable.js";
import { invalidXmlTextRule } from "./rules/invalid-xml-text.js";
import { refCycleRule } from "./rules/ref-cycle.js";
import { undeclaredPathParameterRule } from "./rules/undeclared-path-parameter.js";
import { unknownSecuritySchemeRule } from "./rules/unknown-security-scheme.js";
import { unresolvableRefRule } from "./rules/unresolvable-ref.js";

/** The structural half, re-exported so the pipeline imports the stage from one module. */
export { locateStructuralProblems, validateStructure, validateUnitStructure } from "./structural.js";
/** Validation by unit, for a cache that re-validates only the units whose content changed (see validation-units.ts). */
export { splitUnits, type ValidationUnit } from "./validation-units.js";
export { collectDocumentFacts, collectUnitFacts, semanticUnits, type SemanticUnit } from "./semantic-context.js";

/** Every semantic rule, in the order they run. */
export const SEMANTIC_RULES: readonly SemanticRule[] = [
  unresolvableRefRule,
  refCycleRule,
  duplicateOperationIdRule,
  invalidPathTemplateRule,
  undeclaredPathParameterRule,
  duplicateParameterRule,
  unknownSecuritySchemeRule,
  invalidServerUrlRule,
  invalidServerVariableRule,
  invalidExtensionRule,
  invalidRpcRule,
  invalidXmlTextRule,
];

/**
 * Runs every semantic rule over an OpenAPI 3.x document and returns the located, sorted findings; `unitFacts`
 * (one entry per `semanticUnits` unit, e.g. kept by a cache) replaces the walk over the document.
 * Swagger 2.0 documents must be upgraded first (the pipeline does); for them this returns nothing.
 */
export function validateSemantics(
  spec: LoadedSpec,
  options: { unitFacts?: readonly (readonly FactPiece[])[] } = {},
): Diagnostic[] {
  if (spec.version === "2.0") return [];
  const context = semanticContext(spec.document, options.unitFacts);
  const found: Diagnostic[] = [];
  for (const rule of SEMANTIC_RULES) found.push(...runRule(rule, spec, "error", context));
  return sortDiagnostics(found);
}

/** Runs one rule; a rule that throws anyway is reported as an internal error instead of crashing the run. */
export function runRule(
  rule: SemanticRule,
  spec: LoadedSpec,
  severity: Severity = "error",
  context?: SemanticContext,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (finding: RuleFinding) => {
    const code = finding.code ?? rule.code;
    const key = `${code} ${toPointer(finding.at)} ${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ severity, code, message: finding.message, location: locateSegments(spec.sources, finding.at) });
  };
  try {
    rule.check(spec.document, report, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    out.push({
      severity: "error",
      code: "internal-rule-error",
      message: `the ${rule.code} rule failed on this document (${reason}); this is a specforge bug, please report it`,
      location: spec.sources.locate(""),
    });
  }
  return out;
}
