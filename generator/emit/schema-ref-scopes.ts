/**
 * OpenAPI 3.1 schemas with an `$id` are their own resource: a `$ref: "#/properties/x"` (or `"#"`) inside one points
 * into that schema, not into the document. openapi-typescript resolves every `#…` against the document (and throws
 * on `"#"`), so for its run such refs are rewritten to the document pointer they mean, and restored afterwards.
 * @see https://spec.openapis.org/oas/v3.1.0#relative-references-in-uris
 */
import { toPointer } from "../load/pointer.js";
import type { JsonObject } from "../validate/spec-nodes.js";
import { walkDocument } from "../validate/walk-document.js";

interface RefRewrite {
  node: JsonObject;
  scoped: string;
  absolute: string;
}

/** The `$ref`s inside `$id` schemas, with the document pointer each one means. */
function scopedRefRewrites(document: JsonObject): RefRewrite[] {
  const pointers = new Map<unknown, string>();
  const found: { node: JsonObject; base: unknown }[] = [];
  walkDocument(document, ({ node, at, base }) => {
    pointers.set(node, toPointer(at));
    const ref = node["$ref"];
    if (base !== document && typeof ref === "string" && ref.startsWith("#") && (ref === "#" || ref.startsWith("#/"))) found.push({ node, base });
  });
  return found.map(({ node, base }) => {
    const scoped = node["$ref"] as string;
    return { node, scoped, absolute: `#${pointers.get(base) ?? ""}${scoped.slice(1)}` };
  });
}

/** Runs `run` with every `$id`-relative ref written as the document pointer it means. */
export function withDocumentRelativeRefs<T>(document: JsonObject, run: () => T): T {
  const rewrites = scopedRefRewrites(document);
  for (const r of rewrites) r.node["$ref"] = r.absolute;
  try {
    return run();
  } finally {
    for (const r of rewrites) r.node["$ref"] = r.scoped;
  }
}
