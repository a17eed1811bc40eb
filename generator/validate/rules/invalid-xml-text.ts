/**
 * `xml: {x-specforge-node-type: text}` marks one scalar property of an object schema as the element's text: it must
 * sit on a property, at most once per object, on a scalar, and not beside `attribute`, `wrapped` or a name.
 */
import { XML_NODE_TYPE } from "../../extensions/extension-schemas.js";
import type { ReportFinding, SemanticRule } from "../rule.js";
import { collectSchemas, type SchemaVisit } from "../schema-nodes.js";
import { isRecord, resolveRefs, type JsonObject } from "../spec-nodes.js";

const MARKER = `xml.${XML_NODE_TYPE}: text`;
/** XML Object fields that make no sense on a text node. */
const CONFLICTS = ["attribute", "wrapped", "name", "namespace", "prefix"];
/** How deep `anyOf`/`oneOf`/`allOf` branches are followed to decide that a schema is a scalar. */
const MAX_DEPTH = 8;

/** Reports misplaced or conflicting text-node markers. */
export const invalidXmlTextRule: SemanticRule = {
  code: "invalid-xml-text",
  check(document, report) {
    const firstTextOf = new Map<JsonObject, string>();
    for (const visit of collectSchemas(document)) {
      const xml = visit.schema["xml"];
      if (!isRecord(xml) || xml[XML_NODE_TYPE] !== "text") continue;
      const at = [...visit.at, "xml", XML_NODE_TYPE];
      if (!visit.propertyOf) {
        report({
          at,
          message: `${MARKER} applies only to a property of an object schema (the property that holds the element's text)`,
        });
        continue;
      }
      checkProperty(document, visit, xml, at, report);
      const first = firstTextOf.get(visit.propertyOf.owner);
      if (first === undefined) firstTextOf.set(visit.propertyOf.owner, visit.propertyOf.name);
      else
        report({
          at,
          message: `only one property of an object can be its element's text; ${JSON.stringify(first)} already is`,
        });
    }
  },
};

function checkProperty(
  document: JsonObject,
  visit: SchemaVisit,
  xml: JsonObject,
  at: string[],
  report: ReportFinding,
): void {
  for (const field of CONFLICTS) {
    if (xml[field] !== undefined && xml[field] !== false) {
      report({
        at: [...visit.at, "xml", field],
        message: `xml.${field} cannot be combined with ${MARKER}: the text is not an element or attribute of its own`,
      });
    }
  }
  if (!isScalar(document, visit.schema, visit.at, 0)) {
    report({
      at,
      message: `${MARKER} needs a scalar schema (string, number, integer or boolean), not an object or array`,
    });
  }
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
