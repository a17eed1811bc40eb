/** `type` changes: a request that accepts fewer types breaks callers; a response that returns more types breaks them. */
import type { SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";
import { showTypes, typesFit } from "../schema-view.js";

/** Compares the type sets of a pair (including `nullable`). */
export const typeRule: SchemaRule = (ctx, pair) => {
  const before = pair.base.types;
  const after = pair.head.types;
  if (showTypes(before) === showTypes(after)) return;
  const what = `${placeOf(pair)} type ${showTypes(before)} → ${showTypes(after)}`;
  if (pair.scope.direction === "request") {
    const narrowed = !typesFit(before, after);
    reportSchemaChange(
      ctx,
      pair,
      narrowed
        ? {
            rule: "request-type-narrowed",
            class: "breaking",
            message: `${what}: callers sending the old types are rejected`,
          }
        : { rule: "request-type-widened", class: "non-breaking", message: `${what}: more types accepted` },
    );
    return;
  }
  const widened = !typesFit(after, before);
  reportSchemaChange(
    ctx,
    pair,
    widened
      ? {
          rule: "response-type-changed",
          class: "breaking",
          message: `${what}: callers may receive values of a type they do not expect`,
        }
      : { rule: "response-type-narrowed", class: "non-breaking", message: `${what}: fewer types returned` },
  );
};
