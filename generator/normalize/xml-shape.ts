/**
 * XML naming for a schema, read from its `xml` objects, so the runtime's XML codec writes and reads the right names.
 * A referenced component with structure (properties or array items) is not expanded where it is used: the use site
 * holds the element's naming and `ref`s the component, whose content is built once (xml-shape-table.ts). So each
 * component's shape exists once per package, and recursive schemas (a tree of categories) are shaped at any depth.
 */
import { XML_NODE_TYPE } from "../extensions/extension-schemas.js";
import type { XmlShape } from "./ir.js";
import { emptyRecord, isObject, type JsonObject } from "./refs.js";
import { collectProperties, enterSchema, isArraySchema, startWalk, type SchemaWalk } from "./schema-walk.js";

/**
 * Where a schema sits: the body itself (`root`), the items of a root array (`root-items`), or a property or the items
 * of a property's array (`member`). Only the first two take a referenced component's name as their element name
 * when it sets no `xml.name`; a member is named after its property (OpenAPI: "the name of the property"), so a
 * property `status` whose schema is `$ref: StatusEnum` is still the element `<status>`.
 */
type Role = "root" | "root-items" | "member";

/** The XML shape of a body schema: element names, namespaces, attributes, wrapped and repeated elements; components by `ref`. */
export function xmlShapeOf(doc: unknown, schema: unknown): XmlShape | undefined {
  return shapeOf(doc, schema, "root", startWalk());
}

/**
 * The content of a component's shared shape (type, array items, properties), independent of where it is used: its
 * own element naming belongs to each use site. Items of an array component are members (named after the property).
 */
export function xmlComponentContent(doc: unknown, schema: JsonObject): XmlShape {
  return contentOf(doc, schema, "member", startWalk());
}

/** True when a component's shape is shared by `ref`: it has properties or array items (scalars are inlined). */
export function hasSharedContent(doc: unknown, schema: JsonObject): boolean {
  return isArraySchema(schema) || Object.keys(collectProperties(doc, schema)).length > 0;
}

function shapeOf(doc: unknown, node: unknown, role: Role, walk: SchemaWalk): XmlShape | undefined {
  const entered = enterSchema(doc, node, walk);
  if (!entered) return undefined;
  const { schema, refName, next } = entered;
  // A `$ref` with a sibling `xml` object (OpenAPI 3.1) names the element where it is used: that object wins as a whole.
  const sibling = refName !== undefined && isObject(node) && isObject(node["xml"]) ? xmlObject(node) : undefined;
  const shape: XmlShape = { ...(sibling ?? xmlObject(schema)) };
  if (shape.name === undefined && refName !== undefined && role !== "member") shape.name = refName;
  // A body that is an array component stays inline: its items are named after their component (role `root-items`).
  if (refName !== undefined && hasSharedContent(doc, schema) && !(role === "root" && isArraySchema(schema))) {
    shape.ref = refName;
    return shape;
  }
  return Object.assign(shape, contentOf(doc, schema, role, next));
}

function contentOf(doc: unknown, schema: JsonObject, role: Role, walk: SchemaWalk): XmlShape {
  const shape: XmlShape = {};
  const primitive = primitiveType(schema);
  if (primitive) shape.type = primitive;
  if (isArraySchema(schema)) {
    shape.array = true;
    const items = shapeOf(doc, schema["items"], role === "root" ? "root-items" : "member", walk);
    if (items) shape.items = items;
  }
  const properties = collectProperties(doc, schema);
  // Declaration order (inherited first): the codec writes elements in it, as an xs:sequence requires.
  const names = Object.keys(properties);
  if (names.length > 0) {
    shape.properties = emptyRecord();
    for (const name of names) shape.properties[name] = shapeOf(doc, properties[name], "member", walk) ?? {};
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
  if (xml[XML_NODE_TYPE] === "text") shape.text = true;
  return shape;
}

const PRIMITIVES = new Set(["string", "number", "integer", "boolean"]);

function primitiveType(schema: JsonObject): XmlShape["type"] {
  const type = Array.isArray(schema["type"]) ? schema["type"].find((t) => t !== "null") : schema["type"];
  return typeof type === "string" && PRIMITIVES.has(type) ? (type as XmlShape["type"]) : undefined;
}
