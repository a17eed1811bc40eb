/** Object properties: added, removed, and required ↔ optional, classified by direction. */
import type { DiffContext } from "../../diff-context.js";
import type { SchemaPair, SchemaRule } from "../schema-pair.js";
import { childPath, placeOf, reportSchemaChange } from "../schema-pair.js";
import { visibleProperties } from "./visible-properties.js";

/** Compares the properties a direction sees. */
export const propertiesRule: SchemaRule = (ctx, pair) => {
  const direction = pair.scope.direction;
  const before = visibleProperties(ctx.base, pair.base, direction);
  const after = visibleProperties(ctx.head, pair.head, direction);
  for (const [name, prop] of before) {
    const place = placeOf(pair, childPath(pair.path, name));
    const headProp = after.get(name);
    if (!headProp) {
      reportSchemaChange(
        ctx,
        pair,
        direction === "request"
          ? {
              rule: "request-property-removed",
              class: "potentially-breaking",
              message: `${place} removed from the request; callers still sending it may be rejected`,
              base: prop.at,
            }
          : {
              rule: "response-property-removed",
              class: "breaking",
              message: `${place} removed from the response`,
              base: prop.at,
            },
      );
      continue;
    }
    diffRequired(ctx, pair, name, { base: prop.at, head: headProp.at });
  }
  for (const [name, prop] of after) {
    if (before.has(name)) continue;
    const place = placeOf(pair, childPath(pair.path, name));
    const required = pair.head.required.has(name);
    reportSchemaChange(
      ctx,
      pair,
      direction === "response"
        ? {
            rule: "response-property-added",
            class: "non-breaking",
            additive: true,
            message: `${place} added to the response`,
            head: prop.at,
          }
        : required
          ? {
              rule: "required-request-property-added",
              class: "breaking",
              message: `${place} added as a required request property`,
              head: prop.at,
            }
          : {
              rule: "request-property-added",
              class: "non-breaking",
              additive: true,
              message: `${place} added as an optional request property`,
              head: prop.at,
            },
    );
  }
};

function diffRequired(
  ctx: DiffContext,
  pair: SchemaPair,
  name: string,
  at: { base: readonly string[]; head: readonly string[] },
): void {
  const was = pair.base.required.has(name);
  const is = pair.head.required.has(name);
  if (was === is) return;
  const place = placeOf(pair, childPath(pair.path, name));
  const request = pair.scope.direction === "request";
  const change = is
    ? request
      ? {
          rule: "request-property-became-required",
          class: "breaking" as const,
          message: `${place} became required in the request`,
        }
      : {
          rule: "response-property-became-required",
          class: "non-breaking" as const,
          message: `${place} is now always returned`,
        }
    : request
      ? {
          rule: "request-property-became-optional",
          class: "non-breaking" as const,
          message: `${place} became optional in the request`,
        }
      : {
          rule: "response-property-became-optional",
          class: "breaking" as const,
          message: `${place} may now be missing from the response (was required)`,
        };
  reportSchemaChange(ctx, pair, { ...change, ...at });
}
