/** `default` changes: what the server assumes for an omitted request value changes behaviour silently. */
import type { SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";

/** Compares `default` of a pair. */
export const defaultRule: SchemaRule = (ctx, pair) => {
  const has = (node: Record<string, unknown>) => Object.prototype.hasOwnProperty.call(node, "default");
  const before = has(pair.base.node) ? JSON.stringify(pair.base.node["default"]) : "(none)";
  const after = has(pair.head.node) ? JSON.stringify(pair.head.node["default"]) : "(none)";
  if (before === after) return;
  const what = `${placeOf(pair)} default ${before} → ${after}`;
  reportSchemaChange(
    ctx,
    pair,
    pair.scope.direction === "request"
      ? {
          rule: "request-default-changed",
          class: "potentially-breaking",
          message: `${what}: callers omitting the value get different behaviour`,
        }
      : { rule: "response-default-changed", class: "non-breaking", message: what },
  );
};
