/** `format` changes: a new or different request format rejects values that were valid; a response format change may surprise parsers. */
import type { SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";

/** Formats that accept every value of another format (the key). */
const WIDER_FORMATS: Readonly<Record<string, string>> = { int32: "int64", float: "double" };

/** Compares `format` of a pair. */
export const formatRule: SchemaRule = (ctx, pair) => {
  const before = typeof pair.base.node["format"] === "string" ? pair.base.node["format"] : undefined;
  const after = typeof pair.head.node["format"] === "string" ? pair.head.node["format"] : undefined;
  if (before === after) return;
  const what = `${placeOf(pair)} format ${before ?? "(none)"} → ${after ?? "(none)"}`;
  const widened = after === undefined || (before !== undefined && WIDER_FORMATS[before] === after);
  if (pair.scope.direction === "request") {
    reportSchemaChange(
      ctx,
      pair,
      widened
        ? { rule: "request-format-widened", class: "non-breaking", message: `${what}: more values accepted` }
        : {
            rule: "request-format-narrowed",
            class: "breaking",
            message: `${what}: values valid before may be rejected`,
          },
    );
    return;
  }
  reportSchemaChange(
    ctx,
    pair,
    before === undefined
      ? { rule: "response-format-narrowed", class: "non-breaking", message: `${what}: responses are more specific` }
      : {
          rule: "response-format-changed",
          class: "potentially-breaking",
          message: `${what}: callers parsing the old format may fail`,
        },
  );
};
