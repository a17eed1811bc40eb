/** Every Schema Object of a document where it is written (components, media types, parameters, headers, subschemas). */
import type { JsonObject } from "./spec-nodes.js";
import { isRecord } from "./spec-nodes.js";
import { walkDocument } from "./walk-document.js";

/** One schema as written, with the object schema whose `properties` map holds it, if any. */
export interface SchemaVisit {
  schema: JsonObject;
  at: string[];
  /** The `properties` map this schema is a member of (undefined for roots, items, `allOf` members, …). */
  propertyOf?: { owner: JsonObject; at: string[]; name: string };
}

/** Keywords whose values map names to subschemas. */
const MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
/** Keywords whose values are one subschema. */
const SINGLE = [
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "additionalItems",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
];
/** Keywords whose values are lists of subschemas. */
const LISTS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
/** Name maps in which a key `schema` is a member name, not the Schema Object keyword. */
const NAME_MAPS = new Set([
  ...MAPS,
  "paths",
  "responses",
  "headers",
  "links",
  "callbacks",
  "encoding",
  "variables",
  "examples",
]);

/** The schemas of the document, each visited once (a schema reached twice keeps its first place), in document order. */
export function collectSchemas(document: JsonObject): SchemaVisit[] {
  const roots: { node: unknown; at: string[] }[] = [];
  const components = isRecord(document["components"]) ? document["components"] : {};
  const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
  for (const name of Object.keys(schemas)) roots.push({ node: schemas[name], at: ["components", "schemas", name] });
  walkDocument(document, ({ node, at }) => {
    if (at.length > 2 && at[0] === "components" && at[1] === "schemas") return;
    if (isRecord(node["schema"]) && !NAME_MAPS.has(at[at.length - 1] ?? ""))
      roots.push({ node: node["schema"], at: [...at, "schema"] });
  });
  const out: SchemaVisit[] = [];
  const seen = new Set<unknown>();
  const pending: SchemaVisit[] = [];
  for (const root of roots.reverse()) if (isRecord(root.node)) pending.push({ schema: root.node, at: root.at });
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (seen.has(visit.schema)) continue;
    seen.add(visit.schema);
    out.push(visit);
    pending.push(...subschemas(visit).reverse());
  }
  return out;
}

function subschemas({ schema, at }: SchemaVisit): SchemaVisit[] {
  return childSchemas(schema, at).map(({ keyword, schema: child, at: childAt }) => {
    const visit: SchemaVisit = { schema: child, at: childAt };
    if (keyword === "properties") visit.propertyOf = { owner: schema, at, name: childAt[childAt.length - 1]! };
    return visit;
  });
}

/** The direct subschemas of a schema as written (no `$ref` followed), each with the keyword that holds it. */
export function childSchemas(
  schema: JsonObject,
  at: string[],
): { keyword: string; schema: JsonObject; at: string[] }[] {
  const out: { keyword: string; schema: JsonObject; at: string[] }[] = [];
  for (const keyword of MAPS) {
    const map = schema[keyword];
    if (!isRecord(map)) continue;
    for (const [name, child] of Object.entries(map))
      if (isRecord(child)) out.push({ keyword, schema: child, at: [...at, keyword, name] });
  }
  for (const keyword of SINGLE) {
    const child = schema[keyword];
    if (isRecord(child)) out.push({ keyword, schema: child, at: [...at, keyword] });
  }
  for (const keyword of LISTS) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => {
      if (isRecord(child)) out.push({ keyword, schema: child, at: [...at, keyword, String(i)] });
    });
  }
  return out;
}
