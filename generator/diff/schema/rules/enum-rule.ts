/**
 * `enum`/`const` changes. A removed request value breaks callers that send it; an added response value breaks
 * callers that handle every value of a closed enum. Zalando's `x-extensible-enum` marks an open list: changes
 * to it never break.
 */
import type { JsonObject } from "../../../json-value.js";
import type { SchemaPair, SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";

/** The closed value list of a schema (`enum`, or `const` as a list of one), as JSON texts. */
function closedValues(node: JsonObject): string[] | undefined {
  if (Array.isArray(node["enum"])) return node["enum"].map((v) => JSON.stringify(v));
  return "const" in node ? [JSON.stringify(node["const"])] : undefined;
}

function show(values: readonly string[]): string {
  return values.join(", ");
}

/** Compares closed enums, and open (`x-extensible-enum`) value lists. */
export const enumRule: SchemaRule = (ctx, pair) => {
  const before = closedValues(pair.base.node);
  const after = closedValues(pair.head.node);
  const request = pair.scope.direction === "request";
  const place = placeOf(pair);
  if (before && after) {
    const removed = before.filter((v) => !after.includes(v));
    const added = after.filter((v) => !before.includes(v));
    if (removed.length > 0) {
      reportSchemaChange(
        ctx,
        pair,
        request
          ? {
              rule: "request-enum-value-removed",
              class: "breaking",
              message: `${place} no longer accepts ${show(removed)}`,
            }
          : {
              rule: "response-enum-value-removed",
              class: "non-breaking",
              message: `${place} no longer returns ${show(removed)}`,
            },
      );
    }
    if (added.length > 0) {
      reportSchemaChange(
        ctx,
        pair,
        request
          ? {
              rule: "request-enum-value-added",
              class: "non-breaking",
              additive: true,
              message: `${place} also accepts ${show(added)}`,
            }
          : {
              rule: "response-enum-value-added",
              class: "breaking",
              message: `${place} may return ${show(added)}, which callers handling the closed enum do not expect`,
            },
      );
    }
  } else if (after && !before) {
    reportSchemaChange(
      ctx,
      pair,
      request
        ? { rule: "request-enum-added", class: "breaking", message: `${place} now only accepts ${show(after)}` }
        : { rule: "response-enum-added", class: "non-breaking", message: `${place} now only returns ${show(after)}` },
    );
  } else if (before && !after) {
    reportSchemaChange(
      ctx,
      pair,
      request
        ? {
            rule: "request-enum-removed",
            class: "non-breaking",
            message: `${place} accepts any value, not only ${show(before)}`,
          }
        : {
            rule: "response-enum-removed",
            class: "breaking",
            message: `${place} may return any value, not only ${show(before)}`,
          },
    );
  }
  diffOpenValues(ctx, pair);
};

/** `x-extensible-enum`: the listed values are examples of an open set, so changes are reported but never break. */
function diffOpenValues(ctx: Parameters<SchemaRule>[0], pair: SchemaPair): void {
  const list = (node: JsonObject) =>
    Array.isArray(node["x-extensible-enum"]) ? node["x-extensible-enum"].map((v) => JSON.stringify(v)) : [];
  const before = list(pair.base.node);
  const after = list(pair.head.node);
  const added = after.filter((v) => !before.includes(v));
  const removed = before.filter((v) => !after.includes(v));
  const place = placeOf(pair);
  if (added.length > 0)
    reportSchemaChange(ctx, pair, {
      rule: "open-enum-value-added",
      class: "non-breaking",
      additive: true,
      message: `${place} lists ${show(added)} among its open values`,
    });
  if (removed.length > 0)
    reportSchemaChange(ctx, pair, {
      rule: "open-enum-value-removed",
      class: "non-breaking",
      message: `${place} no longer lists ${show(removed)} among its open values`,
    });
}
