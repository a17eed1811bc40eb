/** The unit schema rules work on: a base and a head schema view, where they sit and which way data flows. */
import type { ChangeClass } from "../change.js";
import type { DiffContext } from "../diff-context.js";
import type { SchemaView } from "./schema-view.js";

/** `request`: the caller sends the data (narrowing breaks); `response`: the caller receives it (widening breaks). */
export type Direction = "request" | "response";

/** What a top-level schema belongs to. */
export interface SchemaScope {
  direction: Direction;
  /** The change subject, e.g. `POST /items`. */
  subject: string;
  /** What the schema describes, e.g. `request body (application/json)` or `parameter \`id\` (path)`. */
  label: string;
}

/** Two schema views being compared. */
export interface SchemaPair {
  scope: SchemaScope;
  /** Path inside the top-level schema, e.g. `items[].name` ("" at the top). */
  path: string;
  base: SchemaView;
  head: SchemaView;
}

/** A schema rule: reports what changed in one pair (not in its children; the walker recurses). */
export type SchemaRule = (ctx: DiffContext, pair: SchemaPair) => void;

/** The label plus the path, e.g. ``response 200 (application/json) `results[].id` ``. */
export function placeOf(pair: SchemaPair, path = pair.path): string {
  return path === "" ? pair.scope.label : `${pair.scope.label} \`${path}\``;
}

/** Extends a path with a property name, `[]` (array items), `{}` (map values) or `(oneOf[i])`. */
export function childPath(path: string, step: string): string {
  if (step === "[]" || step === "{}" || step.startsWith("(")) return `${path}${step}`;
  return path === "" ? step : `${path}.${step}`;
}

/** Reports a change found in a schema pair, located at the two schema nodes unless told otherwise. */
export function reportSchemaChange(
  ctx: DiffContext,
  pair: SchemaPair,
  change: {
    rule: string;
    class: ChangeClass;
    message: string;
    additive?: boolean;
    base?: readonly string[] | null;
    head?: readonly string[] | null;
  },
): void {
  ctx.report({
    rule: change.rule,
    class: change.class,
    message: change.message,
    subject: pair.scope.subject,
    additive: change.additive ?? false,
    base: change.base === null ? undefined : (change.base ?? pair.base.at),
    head: change.head === null ? undefined : (change.head ?? pair.head.at),
  });
}

/** Picks the class by direction. */
export function byDirection(pair: SchemaPair, classes: Record<Direction, ChangeClass>): ChangeClass {
  return classes[pair.scope.direction];
}
