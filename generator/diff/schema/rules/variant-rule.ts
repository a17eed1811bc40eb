/**
 * `oneOf`/`anyOf` variants: matched by `$ref` target, else by position. A request variant removed breaks callers
 * sending it; a response variant added may reach callers that only handle the old ones.
 */
import { isJsonObject } from "../../../json-value.js";
import type { Located } from "../../spec-side.js";
import type { SchemaPair, SchemaRule } from "../schema-pair.js";
import { placeOf, reportSchemaChange } from "../schema-pair.js";

/** A base variant and the head variant it is compared with. */
export interface VariantMatch {
  base: Located;
  head: Located;
  headIndex: number;
}

function variantsOf(node: Record<string, unknown>, at: readonly string[], keyword: string): Located[] {
  const list = node[keyword];
  return Array.isArray(list) ? list.map((value, i) => ({ value, at: [...at, keyword, String(i)] })) : [];
}

function refOf(variant: Located): string | undefined {
  return isJsonObject(variant.value) && typeof variant.value["$ref"] === "string" ? variant.value["$ref"] : undefined;
}

/** Pairs the variants of a keyword; the rest are removed (base) or added (head). */
export function matchVariants(
  pair: SchemaPair,
  keyword: "oneOf" | "anyOf",
): { matched: VariantMatch[]; removed: Located[]; added: Located[] } {
  const before = variantsOf(pair.base.node, pair.base.at, keyword);
  const after = variantsOf(pair.head.node, pair.head.at, keyword);
  const used = new Set<number>();
  const matched: VariantMatch[] = [];
  const removed: Located[] = [];
  before.forEach((variant, index) => {
    const ref = refOf(variant);
    let headIndex = ref !== undefined ? after.findIndex((h, i) => !used.has(i) && refOf(h) === ref) : -1;
    if (
      headIndex < 0 &&
      ref === undefined &&
      index < after.length &&
      !used.has(index) &&
      refOf(after[index]!) === undefined
    )
      headIndex = index;
    if (headIndex < 0) {
      removed.push(variant);
      return;
    }
    used.add(headIndex);
    matched.push({ base: variant, head: after[headIndex]!, headIndex });
  });
  return { matched, removed, added: after.filter((_, i) => !used.has(i)) };
}

function nameOf(variant: Located): string {
  const ref = refOf(variant);
  return ref ? ref.slice(ref.lastIndexOf("/") + 1) : `#${variant.at[variant.at.length - 1]}`;
}

/** Reports variants added to or removed from `oneOf`/`anyOf`. */
export const variantRule: SchemaRule = (ctx, pair) => {
  const request = pair.scope.direction === "request";
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const { removed, added } = matchVariants(pair, keyword);
    for (const variant of removed) {
      const message = `${placeOf(pair)} ${keyword} variant ${nameOf(variant)} removed`;
      reportSchemaChange(
        ctx,
        pair,
        request
          ? { rule: "request-variant-removed", class: "breaking", message, base: variant.at }
          : { rule: "response-variant-removed", class: "non-breaking", message, base: variant.at },
      );
    }
    for (const variant of added) {
      const message = `${placeOf(pair)} ${keyword} variant ${nameOf(variant)} added`;
      reportSchemaChange(
        ctx,
        pair,
        request
          ? { rule: "request-variant-added", class: "non-breaking", additive: true, message, head: variant.at }
          : {
              rule: "response-variant-added",
              class: "potentially-breaking",
              message: `${message}; callers handling only the old variants may not expect it`,
              head: variant.at,
            },
      );
    }
  }
};
