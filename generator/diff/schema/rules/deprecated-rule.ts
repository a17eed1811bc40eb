/** Schema deprecations: reported so callers can migrate; never breaking. */
import type { SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";

/** Reports a schema (or property) becoming deprecated or no longer deprecated. */
export const deprecatedRule: SchemaRule = (ctx, pair) => {
  const was = pair.base.node["deprecated"] === true;
  const is = pair.head.node["deprecated"] === true;
  if (was === is) return;
  reportSchemaChange(
    ctx,
    pair,
    is
      ? { rule: "schema-deprecated", class: "non-breaking", message: `${placeOf(pair)} is deprecated` }
      : { rule: "schema-undeprecated", class: "non-breaking", message: `${placeOf(pair)} is no longer deprecated` },
  );
};
