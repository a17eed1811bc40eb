/** The shape of one semantic rule: a stable code and a check over an OpenAPI 3.x document. */
import type { SemanticContext } from "./semantic-context.js";

/** One problem a rule found, at a pointer (as segments) into the loaded document. */
export interface RuleFinding {
  at: readonly string[];
  message: string;
  /** Overrides the rule's code for a finding of a related kind (e.g. `unused-path-parameter`). */
  code?: string;
}

/** Called by a rule for each problem; the runner adds file, line and column. */
export type ReportFinding = (finding: RuleFinding) => void;

/** A semantic rule; it must never throw or loop, whatever shape the document has. */
export interface SemanticRule {
  readonly code: string;
  /** `context` shares work between the rules of one run; without it the rule finds what it needs itself. */
  check(document: Record<string, unknown>, report: ReportFinding, context?: SemanticContext): void;
}
