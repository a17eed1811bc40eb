/** `xs:simpleType` → JSON Schema: restrictions with their facets, lists and unions. */
import type { JsonObject } from "../../json-value.js";
import { documentationText, type XmlElement } from "../wadl/xml-tree.js";
import { XSD_NS } from "./xsd-builtins.js";
import type { XsdContext } from "./xsd-context.js";

type FacetHandler = (schema: JsonObject, value: string, facet: XmlElement, ctx: XsdContext) => void;

/** `\i`, `\I`, `\c`, `\C`: XSD name-character classes that JavaScript would silently read as plain letters. */
const XSD_ONLY_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\[iIcC]/;

const numeric = (schema: JsonObject) => schema["type"] === "integer" || schema["type"] === "number";

/** Sets a numeric bound when the base type is numeric (date bounds have no JSON Schema keyword). */
function bound(keyword: string): FacetHandler {
  return (schema, value, facet, ctx) => {
    const n = Number(value);
    if (!Number.isFinite(n) || value.trim() === "") {
      if (numeric(schema))
        ctx.problems.error(
          facet,
          "xsd-invalid-facet",
          `xs:${facet.local} value ${JSON.stringify(value)} is not a number`,
          "value",
        );
      return;
    }
    if (numeric(schema)) schema[keyword] = n;
  };
}

function length(keywords: string[]): FacetHandler {
  return (schema, value, facet, ctx) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
      ctx.problems.error(
        facet,
        "xsd-invalid-facet",
        `xs:${facet.local} value ${JSON.stringify(value)} is not a non-negative integer`,
        "value",
      );
      return;
    }
    const array = schema["type"] === "array";
    for (const k of keywords) schema[array ? k.replace("Length", "Items") : k] = n;
  };
}

const FACETS: Record<string, FacetHandler> = {
  enumeration: (schema, value) => {
    const typed =
      numeric(schema) && Number.isFinite(Number(value))
        ? Number(value)
        : schema["type"] === "boolean"
          ? value === "true"
          : value;
    schema["enum"] = [...((schema["enum"] as unknown[] | undefined) ?? []), typed];
  },
  pattern: (schema, value, facet, ctx) => {
    const source = `^(?:${value})$`;
    if (XSD_ONLY_ESCAPE.test(value) || (!compiles(source, "u") && !compiles(source, ""))) {
      ctx.problems.error(
        facet,
        "xsd-invalid-pattern",
        `xs:pattern ${JSON.stringify(value)} is not a regular expression JavaScript understands (XSD classes such as \\i and \\c are not supported)`,
        "value",
      );
      return;
    }
    schema["pattern"] = source;
  },
  length: length(["minLength", "maxLength"]),
  minLength: length(["minLength"]),
  maxLength: length(["maxLength"]),
  minInclusive: bound("minimum"),
  maxInclusive: bound("maximum"),
  minExclusive: bound("exclusiveMinimum"),
  maxExclusive: bound("exclusiveMaximum"),
  totalDigits: () => {},
  fractionDigits: () => {},
  whiteSpace: () => {},
  assertion: () => {},
  explicitTimezone: () => {},
};

/** The JSON Schema of an `xs:simpleType` element (named or anonymous). */
export function convertSimpleType(type: XmlElement, ctx: XsdContext): JsonObject {
  const body = type.children.find((c) => c.namespace === XSD_NS && c.local !== "annotation");
  const schema = body ? convertSimpleBody(body, ctx) : {};
  return withDocumentation(type, schema);
}

function convertSimpleBody(body: XmlElement, ctx: XsdContext): JsonObject {
  if (body.local === "restriction") return convertRestriction(body, ctx);
  if (body.local === "list") {
    // An XSD list is one element whose text holds the items separated by spaces: a string, in XML and in JSON alike.
    const inline = childOf(body, "simpleType");
    if (!inline && body.attributes["itemType"] !== undefined) ctx.typeSchema(body, "itemType");
    const item = body.attributes["itemType"] ?? "an anonymous simple type";
    return { type: "string", description: `A space-separated list of ${item} values.` };
  }
  if (body.local === "union") {
    const members = (body.attributes["memberTypes"] ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((m) => ctx.typeSchemaOf(body, m, "memberTypes"));
    for (const inline of body.children.filter((c) => c.namespace === XSD_NS && c.local === "simpleType"))
      members.push(convertSimpleType(inline, ctx));
    return { anyOf: members };
  }
  ctx.problems.error(body, "xsd-unsupported", `xs:${body.local} is not supported inside xs:simpleType`);
  return {};
}

/** A restriction: the base's schema (inlined, so facets merge) narrowed by the facets. */
export function convertRestriction(restriction: XmlElement, ctx: XsdContext): JsonObject {
  const inline = childOf(restriction, "simpleType");
  const schema = inline
    ? convertSimpleType(inline, ctx)
    : restriction.attributes["base"] !== undefined
      ? ctx.simpleBaseSchema(restriction, "base")
      : {};
  for (const facet of restriction.children) {
    if (
      facet.namespace !== XSD_NS ||
      facet.local === "annotation" ||
      facet.local === "simpleType" ||
      facet.local === "attribute" ||
      facet.local === "attributeGroup" ||
      facet.local === "anyAttribute"
    )
      continue;
    const handler = Object.hasOwn(FACETS, facet.local) ? FACETS[facet.local] : undefined;
    if (!handler) continue;
    handler(schema, facet.attributes["value"] ?? "", facet, ctx);
  }
  return schema;
}

/** The first child `xs:<local>`. */
export function childOf(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.namespace === XSD_NS && c.local === local);
}

/** Adds the text of `xs:annotation/xs:documentation` as `description`. */
export function withDocumentation(element: XmlElement, schema: JsonObject): JsonObject {
  const annotation = childOf(element, "annotation");
  const docs =
    annotation?.children
      .filter((c) => c.namespace === XSD_NS && c.local === "documentation")
      .map(documentationText)
      .filter(Boolean) ?? [];
  if (docs.length > 0) schema["description"] = docs.join("\n\n");
  return schema;
}

/** True when `source` is an ECMAScript regular expression under `flags` (`[\\w-]` is one only without `u`). */
function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}
