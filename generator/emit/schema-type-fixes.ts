/**
 * Hooks for openapi-typescript where its types differ from what the spec means: binary strings, tuples, enums
 * open to future values, and objects mixing fixed properties with an index signature.
 */
import { createRef, transformSchemaObject, type SchemaObject, type TransformNodeOptions } from "openapi-typescript";
import ts from "typescript";
import { isJsonTextSchema } from "../normalize/json-text.js";
import { conditionsType } from "./schema-conditions.js";
import { mergeIndexSignatures } from "./schema-index-signatures.js";
import { openEnum, openStringSet } from "./schema-open-enums.js";

type Transform = (schemaObject: SchemaObject, options: TransformNodeOptions) => ts.TypeNode | undefined;

/** openapi-typescript's `transform` hook (runs before its own handling of a schema that has a `type`). */
export const transformSchemaType: Transform = (schemaObject, options) =>
  conditionsType(schemaObject, options) ??
  binaryType(schemaObject) ??
  jsonTextType(schemaObject, options) ??
  tupleType(schemaObject, options);

/**
 * A string of JSON text with a `contentSchema` is typed `$Json<decoded>`: requests take the decoded value (the
 * runtime sends its JSON text) or the text itself; responses read the text as the server sends it.
 */
export function jsonTextType(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  const node = schema as Record<string, unknown>;
  if (!isJsonTextSchema(node)) return undefined;
  const decoded = transformSchemaObject(node["contentSchema"] as SchemaObject, {
    ...options,
    path: createRef([options.path ?? "", "contentSchema"]),
  });
  const marked = ts.factory.createTypeReferenceNode("$Json", [decoded]);
  const nullable = Array.isArray(node["type"]) && node["type"].includes("null");
  return nullable
    ? ts.factory.createUnionTypeNode([marked, ts.factory.createLiteralTypeNode(ts.factory.createNull())])
    : marked;
}

/** openapi-typescript's `postTransform` hook (runs on the type of every schema). */
export function postTransformType(type: ts.TypeNode): ts.TypeNode | undefined {
  const merged = mergeIndexSignatures(type);
  const current = merged ?? type;
  return openEnum(current) ?? openStringSet(current) ?? merged;
}

const TEXT_MEDIA = /^text\/|json$|xml$|^application\/x-www-form-urlencoded$/i;

/**
 * Raw bytes become `Blob`: `format: binary` (3.0), or a 3.1 `contentMediaType` that is not text and has no
 * `contentEncoding` (such a string cannot sit inside JSON, so it is a binary body or multipart part).
 * @see https://spec.openapis.org/oas/v3.1.0#working-with-binary-data
 */
export function binaryType(schema: SchemaObject): ts.TypeNode | undefined {
  const node = schema as Record<string, unknown>;
  const type = node["type"];
  if (type !== "string" && !(Array.isArray(type) && type.includes("string"))) return undefined;
  const media = node["contentMediaType"];
  const binary =
    node["format"] === "binary" ||
    (typeof media === "string" && node["contentEncoding"] === undefined && !TEXT_MEDIA.test(media));
  return binary ? ts.factory.createTypeReferenceNode("Blob") : undefined;
}

/**
 * 3.1 `prefixItems` as a tuple: elements past `minItems` are optional, and more elements follow unless
 * `items: false` or `maxItems` stops them (typed by `items`, else `unknown`). openapi-typescript makes every
 * prefix element required and drops the rest.
 * @see https://json-schema.org/draft/2020-12/json-schema-core#name-prefixitems
 */
export function tupleType(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  const node = schema as Record<string, unknown>;
  const prefix = node["prefixItems"];
  if (node["type"] !== "array" || !Array.isArray(prefix)) return undefined;
  const min = typeof node["minItems"] === "number" ? node["minItems"] : 0;
  const elements: ts.TypeNode[] = prefix.map((item: SchemaObject, i) => {
    const element = transformSchemaObject(item, { ...options, path: createRef([options.path, "prefixItems", i]) });
    return i < min ? element : ts.factory.createOptionalTypeNode(element);
  });
  const items = node["items"];
  const closed = items === false || (typeof node["maxItems"] === "number" && node["maxItems"] <= prefix.length);
  if (!closed) {
    const rest =
      items === undefined || items === true
        ? ts.factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword)
        : transformSchemaObject(items as SchemaObject, { ...options, path: createRef([options.path, "items"]) });
    elements.push(ts.factory.createRestTypeNode(ts.factory.createArrayTypeNode(rest)));
  }
  return ts.factory.createTupleTypeNode(elements);
}
