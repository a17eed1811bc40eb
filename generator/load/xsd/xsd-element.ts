/** One `xs:element` (local or a `ref` to a global one) → a property name and schema, with nillable, default and XML name. */
import type { JsonObject } from "../../json-value.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import { convertComplexType } from "./xsd-complex.js";
import type { XsdContext } from "./xsd-context.js";
import { childOf, convertSimpleType, withDocumentation } from "./xsd-simple.js";

/** The schema of an element's content: its `type`, its inline type, or anything (`xs:anyType`). */
export function elementTypeSchema(element: XmlElement, ctx: XsdContext): JsonObject {
  if (element.attributes["type"] !== undefined) return ctx.typeSchema(element, "type");
  const complex = childOf(element, "complexType");
  if (complex) return nested(ctx, () => convertComplexType(complex, ctx));
  const simple = childOf(element, "simpleType");
  if (simple) return nested(ctx, () => convertSimpleType(simple, ctx));
  return {};
}

/** A local element as a property: `{ name, schema }`; undefined when it cannot be converted (reported). */
export function elementProperty(
  element: XmlElement,
  ctx: XsdContext,
): { name: string; schema: JsonObject } | undefined {
  if (element.attributes["ref"] !== undefined) {
    const decl = ctx.declOf(element, "ref", "element");
    if (!decl) return undefined;
    return { name: decl.local, schema: ctx.refTo(decl) };
  }
  const name = element.attributes["name"];
  if (name === undefined) {
    ctx.problems.error(element, "xsd-missing-name", "xs:element needs a name or a ref attribute");
    return undefined;
  }
  let schema = elementTypeSchema(element, ctx);
  const ref = typeof schema["$ref"] === "string" ? (schema["$ref"] as string).split("/").pop() : undefined;
  // A property is named after itself, unless the component it uses is also a global element carrying that element's xml.
  if (ref !== undefined && ctx.carriesXml(ref)) schema = { ...schema, xml: { name } };
  schema = withValueConstraints(element, schema);
  if (element.attributes["nillable"] === "true") schema = nullable(schema);
  return { name, schema: withDocumentation(element, schema) };
}

/** Adds `default` / `const` from an element's or attribute's `default` and `fixed`. */
export function withValueConstraints(element: XmlElement, schema: JsonObject): JsonObject {
  const typed = (value: string): unknown => {
    if (schema["type"] === "integer" || schema["type"] === "number")
      return Number.isFinite(Number(value)) ? Number(value) : value;
    if (schema["type"] === "boolean") return value === "true" || value === "1";
    return value;
  };
  const out = { ...schema };
  if (element.attributes["default"] !== undefined) out["default"] = typed(element.attributes["default"]);
  if (element.attributes["fixed"] !== undefined) out["const"] = typed(element.attributes["fixed"]);
  return out;
}

/** A schema that also allows `null` (xs:nillable): a type list for inline types, `anyOf` around a `$ref`. */
export function nullable(schema: JsonObject): JsonObject {
  if (typeof schema["type"] === "string") {
    const out: JsonObject = { ...schema, type: [schema["type"], "null"] };
    if (Array.isArray(schema["enum"])) out["enum"] = [...schema["enum"], null];
    return out;
  }
  const { xml, ...rest } = schema;
  return { anyOf: [rest, { type: "null" }], ...(xml !== undefined ? { xml } : {}) };
}

function nested<T>(ctx: XsdContext, run: () => T): T {
  ctx.depth++;
  try {
    return run();
  } finally {
    ctx.depth--;
  }
}
