/**
 * README samples from a JSON request body's own example: the media type's `example`, else the value of its first
 * `examples` entry. A spread body keeps the example's properties that the schema declares (all of them when the schema
 * declares none), without readOnly ones, so the sample still fits the request type.
 * @see https://spec.openapis.org/oas/v3.1.0#media-type-object
 */
import type { SampleValue } from "./ir.js";
import { derefObject, isObject, type JsonObject } from "./refs.js";

const MAX_DEPTH = 6;

/** The example a media type declares, or undefined. */
export function mediaExample(doc: JsonObject, media: JsonObject): unknown {
  if (media["example"] !== undefined) return media["example"];
  const examples = isObject(media["examples"]) ? Object.values(media["examples"]) : [];
  const first = examples.length > 0 ? derefObject(doc, examples[0]) : undefined;
  return first?.["value"];
}

function declaredProperties(doc: JsonObject, raw: unknown, into: Map<string, unknown>, depth: number): void {
  const schema = derefObject(doc, raw);
  if (!schema || depth > MAX_DEPTH) return;
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : [])
    declaredProperties(doc, part, into, depth + 1);
  if (isObject(schema["properties"]))
    for (const [key, value] of Object.entries(schema["properties"])) into.set(key, value);
}

/** The argument entries of a spread body taken from its example; undefined when the example is not an object. */
export function exampleBodyEntries(
  doc: JsonObject,
  schema: unknown,
  example: unknown,
): [string, SampleValue][] | undefined {
  if (!isObject(example)) return undefined;
  const properties = new Map<string, unknown>();
  declaredProperties(doc, schema, properties, 0);
  return Object.entries(example)
    .filter(
      ([key]) =>
        properties.size === 0 || (properties.has(key) && derefObject(doc, properties.get(key))?.["readOnly"] !== true),
    )
    .map(([key, value]): [string, SampleValue] => [key, { kind: "data", value }]);
}
