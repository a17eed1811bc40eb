/**
 * `xml: {x-specforge-node-type: text}` marks one scalar property of an object schema as the element's text: it must
 * sit on a property, at most once per object, on a scalar, and not beside `attribute`, `wrapped` or a name.
 */
import { XML_NODE_TYPE } from "../../extensions/extension-schemas.js";
import type { RuleFinding } from "../rule.js";
import type { SchemaVisit } from "../schema-nodes.js";
import { isRecord, resolveRefs, type JsonObject } from "../spec-nodes.js";

/** The marker as messages show it. */
export const MARKER = `xml.${XML_NODE_TYPE}: text`;
/** XML Object fields that make no sense on a text node. */
const CONFLICTS = ["attribute", "wrapped", "name", "namespace", "prefix"];
/** How deep `anyOf`/`oneOf`/`allOf` branches are followed to decide that a schema is a scalar. */
const MAX_DEPTH = 8;

/** A finding, or a request to report `at` unless the schema at `scalarOf` is a scalar (which needs the whole document). */
export type XmlTextItem = RuleFinding | { scalarOf: string[]; at: string[] };

/** What one schema's text marker calls for, in report order; `firstTextOf` remembers each object's text property. */
export function xmlTextItems(visit: SchemaVisit, firstTextOf: Map<JsonObject, string>): XmlTextItem[] {
  const xml = visit.schema["xml"];
  if (!isRecord(xml) || xml[XML_NODE_TYPE] !== "text") return [];
  const schemaAt = visit.at();
  const at = [...schemaAt, "xml", XML_NODE_TYPE];
  if (!visit.propertyOf) {
    return [
      {
        at,
        message: `${MARKER} applies only to a property of an object schema (the property that holds the element's text)`,
      },
    ];
  }
  const items: XmlTextItem[] = [];
  for (const field of CONFLICTS) {
    if (xml[field] !== undefined && xml[field] !== false) {
      items.push({
        at: [...schemaAt, "xml", field],
        message: `xml.${field} cannot be combined with ${MARKER}: the text is not an element or attribute of its own`,
      });
    }
  }
  items.push({ scalarOf: schemaAt, at });
  const first = firstTextOf.get(visit.propertyOf.owner);
  if (first === undefined) firstTextOf.set(visit.propertyOf.owner, visit.propertyOf.name);
  else
    items.push({
      at,
      message: `only one property of an object can be its element's text; ${JSON.stringify(first)} already is`,
    });
  return items;
}

/** The finding a scalar request makes, or undefined when the schema is a scalar. */
export function scalarFinding(document: JsonObject, schema: unknown, request: { scalarOf: string[]; at: string[] }) {
  if (isScalar(document, schema, request.scalarOf, 0)) return undefined;
  return {
    at: request.at,
    message: `${MARKER} needs a scalar schema (string, number, integer or boolean), not an object or array`,
  };
}

/** False when the schema (after `$ref`s, and in every combined branch) can be an object or an array. */
function isScalar(document: JsonObject, node: unknown, at: string[], depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  const resolved = resolveRefs(document, node, at);
  if (!resolved || !isRecord(resolved.node)) return true;
  const schema = resolved.node;
  const types = Array.isArray(schema["type"]) ? schema["type"] : [schema["type"]];
  if (types.includes("object") || types.includes("array")) return false;
  if (schema["properties"] !== undefined || schema["items"] !== undefined || schema["prefixItems"] !== undefined)
    return false;
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    if (!list.every((branch, i) => isScalar(document, branch, [...resolved.at, keyword, String(i)], depth + 1)))
      return false;
  }
  return true;
}
