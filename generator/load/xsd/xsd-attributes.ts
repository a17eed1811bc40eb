/** `xs:attribute` and `xs:attributeGroup` → properties marked `xml: { attribute: true }`. */
import type { JsonObject } from "../../json-value.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import type { XsdContext } from "./xsd-context.js";
import { withValueConstraints } from "./xsd-element.js";
import type { ObjectModel } from "./xsd-particles.js";
import { childOf, convertSimpleType, withDocumentation } from "./xsd-simple.js";

/** Adds attributes (and those of referenced attribute groups) to a model. */
export function collectAttributes(items: readonly XmlElement[], model: ObjectModel, ctx: XsdContext): void {
  for (const item of items) {
    if (item.local === "attributeGroup") {
      const decl = ctx.declOf(item, "ref", "attributeGroup");
      if (!decl || ctx.depth > 32) continue;
      ctx.depth++;
      collectAttributes(
        decl.element.children.filter((c) => c.local === "attribute" || c.local === "attributeGroup"),
        model,
        ctx,
      );
      ctx.depth--;
      continue;
    }
    addAttribute(item, model, ctx);
  }
}

function addAttribute(attribute: XmlElement, model: ObjectModel, ctx: XsdContext): void {
  if (attribute.attributes["use"] === "prohibited") return;
  const declared = attribute.attributes["ref"] !== undefined ? ctx.declOf(attribute, "ref", "attribute") : undefined;
  if (attribute.attributes["ref"] !== undefined && !declared) return;
  const source = declared?.element ?? attribute;
  const name = source.attributes["name"];
  if (name === undefined) {
    ctx.problems.error(attribute, "xsd-missing-name", "xs:attribute needs a name or a ref attribute");
    return;
  }
  const inline = childOf(source, "simpleType");
  let schema =
    source.attributes["type"] !== undefined
      ? ctx.typeSchema(source, "type")
      : inline
        ? convertSimpleType(inline, ctx)
        : { type: "string" };
  schema = withDocumentation(
    source,
    withValueConstraints(
      attribute.attributes["default"] !== undefined || attribute.attributes["fixed"] !== undefined ? attribute : source,
      schema,
    ),
  );
  const xml: JsonObject = { attribute: true };
  if (declared && declared.namespace !== "")
    Object.assign(xml, {
      namespace: declared.namespace,
      ...(declared.schema.prefix ? { prefix: declared.schema.prefix } : {}),
    });
  if (Object.hasOwn(model.properties, name)) {
    ctx.problems.error(
      attribute,
      "xsd-duplicate-property",
      `attribute ${JSON.stringify(name)} has the name of another attribute or element of the same type`,
      declared ? "ref" : "name",
    );
    return;
  }
  model.properties[name] = { ...schema, xml };
  if (attribute.attributes["use"] === "required") model.required.push(name);
}
