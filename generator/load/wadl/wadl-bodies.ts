/** WADL `representation` → OpenAPI media type objects: element QNames as `$ref`s, form params as object properties. */
import type { JsonObject } from "../../json-value.js";
import { dereference, docOf, wadlChildren, type WadlContext } from "./wadl-context.js";
import { paramsOf } from "./wadl-params.js";
import type { XmlElement } from "./xml-tree.js";

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
const BINARY_XSD = /(^|:)(base64Binary|hexBinary|anyType)$/;

/** Media type → `{ schema }` for a list of representations (same media type twice: `oneOf`). */
export function contentOf(
  ctx: WadlContext,
  holder: XmlElement,
  local = "representation",
): { content: Record<string, JsonObject>; description?: string } {
  const content: Record<string, JsonObject> = Object.create(null) as Record<string, JsonObject>;
  const descriptions: string[] = [];
  for (const raw of wadlChildren(ctx, holder, local)) {
    const rep = dereference(ctx, raw);
    if (!rep) continue;
    const mediaType = rep.attributes["mediaType"];
    if (mediaType === undefined || mediaType.trim() === "") {
      ctx.problems.error(rep, "wadl-missing-media-type", "a representation needs a mediaType (e.g. application/xml)");
      continue;
    }
    const schema = representationSchema(ctx, rep, mediaType);
    const existing = content[mediaType];
    content[mediaType] = existing
      ? { schema: mergeAlternatives(existing["schema"] as JsonObject, schema) }
      : { schema };
    const doc = docOf(ctx, rep).description;
    if (doc && !descriptions.includes(doc)) descriptions.push(doc);
  }
  return { content, ...(descriptions.length > 0 ? { description: descriptions.join("\n\n") } : {}) };
}

/** The schema of one representation. */
export function representationSchema(ctx: WadlContext, rep: XmlElement, mediaType: string): JsonObject {
  if (rep.attributes["element"] !== undefined) return ctx.xsd.elementRef(rep, "element") ?? {};
  const params = paramsOf(ctx, rep);
  const base = mediaType.split(";")[0]!.trim().toLowerCase();
  if (params.length > 0 || FORM_TYPES.has(base)) {
    const properties: Record<string, JsonObject> = {};
    const required: string[] = [];
    for (const param of params) {
      if (param.style !== "query" && param.style !== "plain") {
        ctx.problems.error(
          param.element,
          "wadl-invalid-param-style",
          `a representation's params are form fields: style must be query or plain, got ${JSON.stringify(param.style)}`,
          "style",
        );
        continue;
      }
      const binary = base === "multipart/form-data" && BINARY_XSD.test(param.element.attributes["type"] ?? "");
      const schema = binary ? { type: "string", format: "binary" } : param.schema;
      properties[param.name] = param.description ? { ...schema, description: param.description } : schema;
      if (param.required) required.push(param.name);
    }
    return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
  }
  if (base.startsWith("text/")) return { type: "string" };
  if (/[/+](json|xml)$/.test(base)) return {};
  return { type: "string", format: "binary" };
}

function mergeAlternatives(a: JsonObject, b: JsonObject): JsonObject {
  const list = Array.isArray(a["oneOf"]) && Object.keys(a).length === 1 ? [...(a["oneOf"] as JsonObject[])] : [a];
  if (!list.some((s) => JSON.stringify(s) === JSON.stringify(b))) list.push(b);
  return list.length === 1 ? list[0]! : { oneOf: list };
}
