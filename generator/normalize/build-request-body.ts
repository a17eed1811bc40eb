/** Request bodies: one variant per media type, ordered by preference, with form/multipart encodings. */
import type { BodyVariant, PropertyEncoding, RequestBody } from "./ir.js";
import { jsonTextPropertyNames, withJsonTextFlags } from "./json-text.js";
import { encodingOf, encodingRank } from "./media-types.js";
import { derefObject, emptyRecord, isObject, type JsonObject } from "./refs.js";
import { xmlShapeOf } from "./xml-shape.js";

/** The IR body of an operation, or undefined when it has none. Argument placement is decided by a later pass. */
export function buildRequestBody(doc: JsonObject, raw: unknown, typeBase: string[]): RequestBody | undefined {
  const body = derefObject(doc, raw);
  if (!body || !isObject(body["content"])) return undefined;
  const variants: BodyVariant[] = [];
  for (const [mediaType, rawMedia] of Object.entries(body["content"])) {
    const media = isObject(rawMedia) ? rawMedia : {};
    const encoding = encodingOf(mediaType);
    const variant: BodyVariant = {
      mediaType,
      encoding,
      type: { root: "paths", keys: [...typeBase, "requestBody", "content", mediaType] },
    };
    const properties = withJsonTextFlags(
      propertyEncodings(media["encoding"]),
      jsonTextPropertyNames(doc, media["schema"]),
      encoding,
    );
    if (properties) variant.properties = properties;
    const objectProperties = objectPropertyNames(doc, media["schema"]);
    if (objectProperties) variant.objectProperties = objectProperties;
    if (encoding === "xml") {
      const xml = xmlShapeOf(doc, media["schema"]);
      if (xml) variant.xml = xml;
    }
    variants.push(variant);
  }
  if (variants.length === 0) return undefined;
  variants.sort((a, b) => encodingRank(a.encoding) - encodingRank(b.encoding));
  const built: RequestBody = { required: body["required"] === true, variants, from: { key: "body" } };
  if (typeof body["description"] === "string") built.description = body["description"];
  return built;
}

function propertyEncodings(raw: unknown): Record<string, PropertyEncoding> | undefined {
  if (!isObject(raw)) return undefined;
  const out = emptyRecord<PropertyEncoding>();
  for (const name of Object.keys(raw).sort()) {
    const enc = raw[name];
    if (!isObject(enc)) continue;
    const entry: PropertyEncoding = {};
    if (typeof enc["contentType"] === "string") entry.contentType = enc["contentType"];
    if (typeof enc["style"] === "string") entry.style = enc["style"] as NonNullable<PropertyEncoding["style"]>;
    if (typeof enc["explode"] === "boolean") entry.explode = enc["explode"];
    if (enc["allowReserved"] === true) entry.allowReserved = true;
    out[name] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Property names of a plain object schema (through `$ref` and `allOf`); undefined for anything else. */
export function objectPropertyNames(doc: unknown, raw: unknown, depth = 0): string[] | undefined {
  const schema = derefObject(doc, raw);
  if (!schema || depth > 8) return undefined;
  if (schema["oneOf"] !== undefined || schema["anyOf"] !== undefined || schema["not"] !== undefined) return undefined;
  const type = schema["type"];
  if (type !== undefined && type !== "object") return undefined;
  const extra = schema["additionalProperties"];
  if ((extra !== undefined && extra !== false) || schema["patternProperties"] !== undefined) return undefined;
  const names = new Set<string>(isObject(schema["properties"]) ? Object.keys(schema["properties"]) : []);
  if (Array.isArray(schema["allOf"])) {
    for (const part of schema["allOf"]) {
      const partNames = objectPropertyNames(doc, part, depth + 1);
      if (!partNames) return undefined;
      partNames.forEach((n) => names.add(n));
    }
  }
  if (names.size === 0) return undefined;
  return [...names];
}
