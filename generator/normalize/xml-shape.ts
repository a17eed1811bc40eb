/** XML naming for a schema, read from its `xml` objects, so the runtime's XML codec writes and reads the right names. */
import type { XmlShape } from "./ir.js";
import { componentSchemaName, derefObject, emptyRecord, isObject, type JsonObject } from "./refs.js";

const MAX_DEPTH = 12;
/** Most shape nodes built for one body: shared refs are expanded, so the tree is bounded. */
const MAX_NODES = 2000;

/**
 * Where a schema sits: the body itself (`root`), the items of a root array (`root-items`), or a property or the items
 * of a property's array (`member`). Only the first two take a referenced component's name as their element name
 * when it sets no `xml.name`; a member is named after its property (OpenAPI: "the name of the property"), so a
 * property `status` whose schema is `$ref: StatusEnum` is still the element `<status>`.
 */
type Role = "root" | "root-items" | "member";

/** The XML shape of a schema: element names, namespaces, attributes, wrapped and repeated elements. */
export function xmlShapeOf(doc: unknown, schema: unknown): XmlShape | undefined {
  return shapeOf(doc, schema, { depth: 0, role: "root", seen: new Set(), budget: { left: MAX_NODES } });
}

interface Walk {
  readonly depth: number;
  readonly role: Role;
  readonly seen: Set<string>;
  readonly budget: { left: number };
}

function shapeOf(doc: unknown, node: unknown, walk: Walk): XmlShape | undefined {
  const { depth, seen, budget } = walk;
  if (depth > MAX_DEPTH || budget.left-- <= 0) return undefined;
  const refName = componentSchemaName(node);
  if (refName !== undefined && seen.has(refName)) return undefined;
  const schema = derefObject(doc, node);
  if (!schema) return undefined;
  const nextSeen = refName === undefined ? seen : new Set([...seen, refName]);
  // A `$ref` with a sibling `xml` object (OpenAPI 3.1) names the element where it is used: that object wins as a whole.
  const sibling = refName !== undefined && isObject(node) && isObject(node["xml"]) ? xmlObject(node) : undefined;
  const shape: XmlShape = { ...(sibling ?? xmlObject(schema)) };
  if (shape.name === undefined && refName !== undefined && walk.role !== "member") shape.name = refName;
  const primitive = primitiveType(schema);
  if (primitive) shape.type = primitive;
  if (isArraySchema(schema)) {
    shape.array = true;
    const items = shapeOf(doc, schema["items"], { depth: depth + 1, role: walk.role === "root" ? "root-items" : "member", seen: nextSeen, budget });
    if (items) shape.items = items;
  }
  const properties = collectProperties(doc, schema);
  const names = Object.keys(properties).sort();
  if (names.length > 0) {
    shape.properties = emptyRecord();
    for (const name of names) {
      const child = shapeOf(doc, properties[name], { depth: depth + 1, role: "member", seen: nextSeen, budget }) ?? {};
      shape.properties[name] = child;
    }
  }
  return shape;
}

function xmlObject(schema: JsonObject): XmlShape {
  const xml = schema["xml"];
  if (!isObject(xml)) return {};
  const shape: XmlShape = {};
  if (typeof xml["name"] === "string") shape.name = xml["name"];
  if (typeof xml["namespace"] === "string") shape.namespace = xml["namespace"];
  if (typeof xml["prefix"] === "string") shape.prefix = xml["prefix"];
  if (xml["attribute"] === true) shape.attribute = true;
  if (xml["wrapped"] === true) shape.wrapped = true;
  return shape;
}

const PRIMITIVES = new Set(["string", "number", "integer", "boolean"]);

function primitiveType(schema: JsonObject): XmlShape["type"] {
  const type = Array.isArray(schema["type"]) ? schema["type"].find((t) => t !== "null") : schema["type"];
  return typeof type === "string" && PRIMITIVES.has(type) ? (type as XmlShape["type"]) : undefined;
}

function isArraySchema(schema: JsonObject): boolean {
  const type = schema["type"];
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

function collectProperties(doc: unknown, schema: JsonObject): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  if (isObject(schema["properties"])) Object.assign(out, schema["properties"]);
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : []) {
    const resolved = derefObject(doc, part);
    if (resolved && isObject(resolved["properties"])) Object.assign(out, resolved["properties"]);
  }
  return out;
}
