/**
 * Structural schema comparison: follows `$ref`s on both sides (a change inside a referenced schema is reported
 * for every operation that uses it), stops at cycles, and lets the schema rules classify by direction.
 */
import { isJsonObject } from "../../json-value.js";
import { toPointer } from "../../load/pointer.js";
import { resolveObject, type DiffContext } from "../diff-context.js";
import { childOf, type Located } from "../spec-side.js";
import { SCHEMA_RULES } from "./rules/index.js";
import { childPath, type SchemaPair, type SchemaScope } from "./schema-pair.js";
import { visibleProperties } from "./rules/visible-properties.js";
import { matchVariants } from "./rules/variant-rule.js";
import { viewSchema } from "./schema-view.js";

/** Compares a base and a head schema (and everything below them) for one scope. */
export function diffSchema(
  ctx: DiffContext,
  scope: SchemaScope,
  base: Located | undefined,
  head: Located | undefined,
): void {
  diffNode(ctx, scope, "", base, head, new Set());
}

function diffNode(
  ctx: DiffContext,
  scope: SchemaScope,
  path: string,
  base: Located | undefined,
  head: Located | undefined,
  seen: Set<string>,
): void {
  const b = resolveObject(ctx.base, base);
  const h = resolveObject(ctx.head, head);
  if (!b || !h) return;
  const key = `${toPointer(b.at)} ${toPointer(h.at)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const pair: SchemaPair = { scope, path, base: viewSchema(ctx.base, b), head: viewSchema(ctx.head, h) };
  for (const rule of Object.values(SCHEMA_RULES)) rule(ctx, pair);
  const next = (step: string, nb: Located | undefined, nh: Located | undefined) =>
    diffNode(ctx, scope, childPath(path, step), nb, nh, seen);
  const baseProps = visibleProperties(ctx.base, pair.base, scope.direction);
  const headProps = visibleProperties(ctx.head, pair.head, scope.direction);
  for (const [name, baseProp] of baseProps) {
    const headProp = headProps.get(name);
    if (headProp) next(name, baseProp, headProp);
  }
  next("[]", childOf(b, "items"), childOf(h, "items"));
  const baseExtra = childOf(b, "additionalProperties");
  const headExtra = childOf(h, "additionalProperties");
  if (isJsonObject(baseExtra?.value) && isJsonObject(headExtra?.value)) next("{}", baseExtra, headExtra);
  for (const keyword of ["oneOf", "anyOf"] as const) {
    for (const match of matchVariants(pair, keyword).matched)
      next(`(${keyword}[${match.headIndex}])`, match.base, match.head);
  }
}
