/** What the spec diff reports: one change, its class and where it is in the base and the head document. */

/** How a change affects callers: `breaking` fails existing callers, `potentially-breaking` may, `non-breaking` cannot. */
export type ChangeClass = "breaking" | "potentially-breaking" | "non-breaking";

/** The classes from most to least severe (report order). */
export const CHANGE_CLASSES: readonly ChangeClass[] = ["breaking", "potentially-breaking", "non-breaking"];

/** Where a change is in one document: file, line and the JSON pointer inside that file. */
export interface ChangeLocation {
  file: string;
  line: number;
  pointer: string;
}

/** One difference between base and head. */
export interface Change {
  /** Stable kebab-case rule id, e.g. `operation-removed`. */
  rule: string;
  class: ChangeClass;
  message: string;
  /** What the change belongs to: `GET /items`, `rpc download.get_daily_builds_list`, `servers`, `security scheme oauth2`. */
  subject: string;
  /** True when the change only adds something (an operation, an optional parameter, a property …). */
  additive: boolean;
  base: ChangeLocation | null;
  head: ChangeLocation | null;
}

/** Orders changes by class, then subject, then rule and message, so output is stable. */
export function sortChanges(changes: readonly Change[]): Change[] {
  const rank = (c: Change) => CHANGE_CLASSES.indexOf(c.class);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...changes].sort(
    (a, b) => rank(a) - rank(b) || text(a.subject, b.subject) || text(a.rule, b.rule) || text(a.message, b.message),
  );
}
