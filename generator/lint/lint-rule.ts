/** A review lint rule: a validator-style rule with a default severity that specforge.config.json may change. */
import type { Severity } from "../diagnostics.js";
import type { SemanticRule } from "../validate/rule.js";

/** A lint rule; like a semantic rule it must never throw or loop, whatever shape the document has. */
export interface LintRule extends SemanticRule {
  readonly defaultSeverity: Severity;
  /** One line for docs and `--help`. */
  readonly summary: string;
}
