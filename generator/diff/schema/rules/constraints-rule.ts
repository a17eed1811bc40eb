/**
 * Validation keywords (max/min, lengths, item counts, pattern, multipleOf, uniqueItems, additionalProperties):
 * a tighter request rejects values that were valid; a looser response may return values callers never saw.
 */
import type { JsonObject } from "../../../json-value.js";
import type { SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";

type Tightness = "tightened" | "loosened" | "changed" | undefined;

/** Upper bounds (smaller is tighter) and lower bounds (larger is tighter). */
const UPPER = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"] as const;
const LOWER = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"] as const;

/** How each keyword's change is judged. */
const JUDGES: Readonly<Record<string, (before: unknown, after: unknown) => Tightness>> = {
  ...Object.fromEntries(UPPER.map((k) => [k, (b: unknown, a: unknown) => bound(b, a, (x, y) => y < x)])),
  ...Object.fromEntries(LOWER.map((k) => [k, (b: unknown, a: unknown) => bound(b, a, (x, y) => y > x)])),
  pattern: (b, a) => (a === undefined ? "loosened" : b === undefined ? "tightened" : "changed"),
  multipleOf: (b, a) =>
    a === undefined
      ? "loosened"
      : typeof a === "number" && typeof b === "number" && b % a === 0
        ? "loosened"
        : "tightened",
  uniqueItems: (b, a) => (a === true && b !== true ? "tightened" : b === true && a !== true ? "loosened" : undefined),
  additionalProperties: (b, a) =>
    a === false && b !== false ? "tightened" : b === false && a !== false ? "loosened" : undefined,
};

/** A numeric bound (or 3.0's boolean exclusive flag) compared; `tighter(before, after)` says when the head is stricter. */
function bound(before: unknown, after: unknown, tighter: (b: number, a: number) => boolean): Tightness {
  if (typeof before === "boolean" || typeof after === "boolean")
    return after === true && before !== true ? "tightened" : before === true && after !== true ? "loosened" : undefined;
  if (after === undefined) return "loosened";
  if (before === undefined) return "tightened";
  if (typeof before !== "number" || typeof after !== "number") return "changed";
  return tighter(before, after) ? "tightened" : "loosened";
}

function shown(node: JsonObject, key: string): string {
  return key in node ? JSON.stringify(node[key]) : "(none)";
}

/** Compares every validation keyword of a pair. */
export const constraintsRule: SchemaRule = (ctx, pair) => {
  const request = pair.scope.direction === "request";
  for (const [keyword, judge] of Object.entries(JUDGES)) {
    const before = pair.base.node[keyword];
    const after = pair.head.node[keyword];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const verdict = judge(before, after);
    if (verdict === undefined) continue;
    const what = `${placeOf(pair)} ${keyword} ${shown(pair.base.node, keyword)} → ${shown(pair.head.node, keyword)}`;
    const strict = verdict !== "loosened";
    reportSchemaChange(
      ctx,
      pair,
      request
        ? strict
          ? {
              rule: "request-constraint-tightened",
              class: verdict === "changed" ? "potentially-breaking" : "breaking",
              message: `${what}: values valid before may be rejected`,
            }
          : { rule: "request-constraint-loosened", class: "non-breaking", message: `${what}: more values accepted` }
        : strict
          ? {
              rule: "response-constraint-tightened",
              class: verdict === "changed" ? "potentially-breaking" : "non-breaking",
              message: `${what}: responses stay within the old limits`,
            }
          : {
              rule: "response-constraint-loosened",
              class: "potentially-breaking",
              message: `${what}: callers may receive values outside the old limits`,
            },
    );
  }
};
