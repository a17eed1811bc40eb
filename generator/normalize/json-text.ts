/**
 * JSON-text properties: strings that hold JSON (`type: string`, `contentMediaType: application/json` and a
 * `contentSchema` describing the decoded value). Callers of the generated client pass the decoded value and the
 * runtime sends its JSON text, so the IR marks such top-level body properties with `json: true`.
 * @see https://spec.openapis.org/oas/v3.1.0#working-with-binary-data
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#name-contentschema
 */
import type { BodyEncoding, PropertyEncoding } from "./ir.js";
import { derefObject, emptyRecord, isObject, type JsonObject } from "./refs.js";

const JSON_MEDIA = /^(application\/([^\s;/]+\+)?json|text\/json)\s*(;|$)/i;

/** True for a JSON media type (`application/json`, `application/problem+json`, `text/json`; parameters allowed). */
export function isJsonMediaType(mediaType: string): boolean {
  return JSON_MEDIA.test(mediaType.trim());
}

/**
 * True when a schema is a string of JSON whose decoded value the spec describes: `type` is (or includes) `string`,
 * `contentMediaType` is a JSON type, `contentSchema` is present and there is no `contentEncoding` (base64 text is
 * not JSON text). Schema typing (the decoded type) and runtime encoding must use this same test.
 */
export function isJsonTextSchema(schema: JsonObject): boolean {
  const type = schema["type"];
  const isString = type === "string" || (Array.isArray(type) && type.includes("string"));
  const media = schema["contentMediaType"];
  return (
    isString &&
    typeof media === "string" &&
    isJsonMediaType(media) &&
    schema["contentEncoding"] === undefined &&
    schema["contentSchema"] !== undefined
  );
}

/** Names of the top-level properties (through `$ref` and `allOf`) of an object schema that are JSON text, sorted. */
export function jsonTextPropertyNames(doc: unknown, raw: unknown): string[] {
  const names = new Set<string>();
  collect(doc, raw, names, 0);
  return [...names].sort();
}

function collect(doc: unknown, raw: unknown, names: Set<string>, depth: number): void {
  const schema = derefObject(doc, raw);
  if (!schema || depth > 8) return;
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  for (const [name, property] of Object.entries(properties)) {
    const resolved = derefObject(doc, property);
    if (resolved && isJsonTextSchema(resolved)) names.add(name);
  }
  if (Array.isArray(schema["allOf"])) for (const part of schema["allOf"]) collect(doc, part, names, depth + 1);
}

/**
 * The variant's property encodings with `json: true` added for its JSON-text properties. JSON, form and multipart
 * bodies only; a form/multipart property whose Encoding Object already declares a JSON `contentType` is left alone
 * (the runtime serializes such a property as JSON by itself).
 */
export function withJsonTextFlags(
  properties: Record<string, PropertyEncoding> | undefined,
  names: readonly string[],
  encoding: BodyEncoding,
): Record<string, PropertyEncoding> | undefined {
  if (names.length === 0 || !(encoding === "json" || encoding === "form" || encoding === "multipart"))
    return properties;
  const out = emptyRecord<PropertyEncoding>();
  if (properties) for (const key of Object.keys(properties)) out[key] = properties[key]!;
  for (const name of names) {
    const current = properties?.[name];
    if (encoding !== "json" && current?.contentType !== undefined && isJsonMediaType(current.contentType)) continue;
    out[name] = { ...current, json: true };
  }
  const sorted = emptyRecord<PropertyEncoding>();
  for (const key of Object.keys(out).sort()) sorted[key] = out[key]!;
  return Object.keys(sorted).length > 0 ? sorted : undefined;
}
