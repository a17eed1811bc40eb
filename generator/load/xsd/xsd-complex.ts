/** `xs:complexType` → an object schema: content model, attributes, extension (`allOf`) and restriction, simple content. */
import { XML_NODE_TYPE } from "../../extensions/extension-schemas.js";
import type { JsonObject } from "../../json-value.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import { collectAttributes } from "./xsd-attributes.js";
import { XSD_NS } from "./xsd-builtins.js";
import type { XsdContext } from "./xsd-context.js";
import { collectParticle, type ObjectModel } from "./xsd-particles.js";
import { childOf, convertRestriction, withDocumentation } from "./xsd-simple.js";

const PARTICLES = new Set(["sequence", "choice", "all", "group"]);
const ATTRIBUTES = new Set(["attribute", "attributeGroup"]);

/** The JSON Schema of an `xs:complexType` element (named or anonymous). */
export function convertComplexType(type: XmlElement, ctx: XsdContext): JsonObject {
  if (ctx.depth > 64) {
    ctx.problems.error(type, "xsd-too-deep", "anonymous types nested more than 64 levels deep");
    return {};
  }
  const complexContent = childOf(type, "complexContent");
  const simpleContent = childOf(type, "simpleContent");
  const schema = complexContent
    ? convertComplexContent(complexContent, ctx)
    : simpleContent
      ? convertSimpleContent(simpleContent, ctx)
      : objectSchema(modelOf(type, ctx));
  return withDocumentation(type, schema);
}

/** Properties of the particles and attributes directly inside `holder` (a complexType, extension or restriction). */
function modelOf(holder: XmlElement, ctx: XsdContext): ObjectModel {
  const model: ObjectModel = { properties: {}, required: [], choices: [] };
  for (const child of holder.children) {
    if (child.namespace !== XSD_NS) continue;
    if (PARTICLES.has(child.local)) collectParticle(child, model, { optional: false, repeated: false }, ctx);
  }
  collectAttributes(
    holder.children.filter((c) => c.namespace === XSD_NS && ATTRIBUTES.has(c.local)),
    model,
    ctx,
  );
  return model;
}

/** An object schema from a model; a mandatory choice becomes `oneOf` of required-member branches. */
export function objectSchema(model: ObjectModel): JsonObject {
  const schema: JsonObject = { type: "object", properties: model.properties };
  if (model.required.length > 0) schema["required"] = model.required;
  if (model.choices.length === 1) schema["oneOf"] = model.choices[0];
  else if (model.choices.length > 1) schema["allOf"] = model.choices.map((oneOf) => ({ oneOf }));
  return schema;
}

function convertComplexContent(content: XmlElement, ctx: XsdContext): JsonObject {
  const derivation = childOf(content, "extension") ?? childOf(content, "restriction");
  if (!derivation) return { type: "object" };
  const own = objectSchema(modelOf(derivation, ctx));
  if (derivation.local === "restriction") return own;
  const base = derivation.attributes["base"] !== undefined ? ctx.typeSchema(derivation, "base") : {};
  if (Object.keys(base).length === 0) return own;
  const ownProperties = own["properties"] as JsonObject;
  if (Object.keys(ownProperties).length === 0 && own["oneOf"] === undefined) return { allOf: [base] };
  return { allOf: [base, own] };
}

/**
 * Text content with attributes: the text under `value` (`text`, then `value_2`, … when attributes take those names), marked
 * as the element's text for the XML codec, attributes beside it; without attributes, just the text's type. Extending
 * (or restricting) a complex type that has simple content adds the attributes to it (`allOf`), whose text property
 * it inherits; a restriction's facets on the text are then not carried.
 */
function convertSimpleContent(content: XmlElement, ctx: XsdContext): JsonObject {
  const derivation = childOf(content, "extension") ?? childOf(content, "restriction");
  if (!derivation) return { type: "string" };
  const value =
    derivation.local === "restriction"
      ? convertRestriction(derivation, ctx)
      : derivation.attributes["base"] !== undefined
        ? ctx.simpleBaseSchema(derivation, "base")
        : { type: "string" };
  const model: ObjectModel = { properties: {}, required: [], choices: [] };
  collectAttributes(
    derivation.children.filter((c) => c.namespace === XSD_NS && ATTRIBUTES.has(c.local)),
    model,
    ctx,
  );
  if (typeof value["$ref"] === "string") {
    const base = { $ref: value["$ref"] };
    return Object.keys(model.properties).length === 0 ? { allOf: [base] } : { allOf: [base, objectSchema(model)] };
  }
  if (Object.keys(model.properties).length === 0) return value;
  const key = textKey(model.properties);
  model.properties = {
    [key]: { ...value, description: "The element's text content.", xml: { [XML_NODE_TYPE]: "text" } },
    ...model.properties,
  };
  model.required.unshift(key);
  return objectSchema(model);
}

function textKey(attributes: JsonObject): string {
  if (!Object.hasOwn(attributes, "value")) return "value";
  if (!Object.hasOwn(attributes, "text")) return "text";
  let n = 2;
  while (Object.hasOwn(attributes, `value_${n}`)) n++;
  return `value_${n}`;
}
