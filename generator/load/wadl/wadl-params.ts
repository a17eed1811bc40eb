/** WADL `param` → an OpenAPI parameter or a form field: style, type, required, repeating, default, fixed, options. */
import type { JsonObject } from "../../json-value.js";
import { docOf, dereference, wadlChildren, type WadlContext } from "./wadl-context.js";
import type { XmlElement } from "./xml-tree.js";

/** A converted param: where it goes, its name and the schema of its value. */
export interface WadlParam {
  style: "query" | "header" | "template" | "matrix" | "plain";
  name: string;
  required: boolean;
  schema: JsonObject;
  description?: string;
  element: XmlElement;
}

const STYLES = new Set(["query", "header", "template", "matrix", "plain"]);

/** Converts the `param` children of `holder` (following `href` references). */
export function paramsOf(ctx: WadlContext, holder: XmlElement): WadlParam[] {
  const out: WadlParam[] = [];
  for (const raw of wadlChildren(ctx, holder, "param")) {
    const param = dereference(ctx, raw);
    const converted = param && convertParam(ctx, param);
    if (converted) out.push(converted);
  }
  return out;
}

function convertParam(ctx: WadlContext, param: XmlElement): WadlParam | undefined {
  const name = param.attributes["name"];
  const style = param.attributes["style"];
  if (name === undefined || name === "") {
    ctx.problems.error(param, "wadl-missing-attribute", "a param needs a name");
    return undefined;
  }
  if (style === undefined || !STYLES.has(style)) {
    ctx.problems.error(
      param,
      "wadl-invalid-param-style",
      `param style must be one of query, header, template, matrix, plain; got ${JSON.stringify(style ?? "")}`,
      style === undefined ? undefined : "style",
    );
    return undefined;
  }
  const docs = docOf(ctx, param);
  const description = [docs.description, optionDocs(ctx, param), linkDocs(ctx, param)].filter(Boolean).join("\n\n");
  return {
    style: style as WadlParam["style"],
    name,
    required: style === "template" || param.attributes["required"] === "true",
    schema: paramSchema(ctx, param),
    ...(description ? { description } : {}),
    element: param,
  };
}

/** The value schema: the XSD type with default, fixed (`const`) and options (`enum`); an array when repeating. */
export function paramSchema(ctx: WadlContext, param: XmlElement): JsonObject {
  let schema: JsonObject =
    param.attributes["type"] !== undefined ? ctx.xsd.typeSchema(param, "type") : { type: "string" };
  const valueSchema = ctx.xsd.valueSchemaOf(schema);
  const typed = (value: string): unknown => typedValue(valueSchema, value);
  const options = wadlChildren(ctx, param, "option").map((o) => o.attributes["value"]);
  if (options.some((v) => v === undefined)) {
    ctx.problems.error(param, "wadl-missing-attribute", "every option of a param needs a value");
  }
  const values = options.filter((v): v is string => v !== undefined);
  if (values.length > 0) schema = { ...schema, enum: values.map(typed) };
  if (param.attributes["default"] !== undefined) schema = { ...schema, default: typed(param.attributes["default"]) };
  if (param.attributes["fixed"] !== undefined)
    schema = { ...schema, const: typed(param.attributes["fixed"]), default: typed(param.attributes["fixed"]) };
  if (param.attributes["repeating"] === "true") schema = { type: "array", items: schema };
  return schema;
}

/** Converts a literal to the schema's type (numbers and booleans), leaving other text as it is. */
export function typedValue(schema: JsonObject, value: string): unknown {
  if (
    (schema["type"] === "integer" || schema["type"] === "number") &&
    value.trim() !== "" &&
    Number.isFinite(Number(value))
  )
    return Number(value);
  if (schema["type"] === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

function optionDocs(ctx: WadlContext, param: XmlElement): string {
  const lines = wadlChildren(ctx, param, "option")
    .map((o) => ({ value: o.attributes["value"], doc: docOf(ctx, o).description }))
    .filter((o) => o.value !== undefined && o.doc !== undefined)
    .map((o) => `- \`${o.value}\`: ${o.doc}`);
  return lines.join("\n");
}

/** A param's `link` children (its value is the URI of another resource) as a sentence. */
function linkDocs(ctx: WadlContext, param: XmlElement): string {
  return wadlChildren(ctx, param, "link")
    .map((link) => {
      const type = link.attributes["resource_type"]?.replace(/^.*#/, "");
      const rel = link.attributes["rel"];
      return `Links to ${type ? `a \`${type}\` resource` : "a resource"}${rel ? ` (rel \`${rel}\`)` : ""}.`;
    })
    .join(" ");
}

/** The OpenAPI parameter object for a query, header, template or matrix param. */
export function toParameter(param: WadlParam): JsonObject {
  const location = param.style === "query" ? "query" : param.style === "header" ? "header" : "path";
  const out: JsonObject = { name: param.name, in: location };
  if (param.description) out["description"] = param.description;
  if (location === "path" || param.required) out["required"] = true;
  if (param.style === "matrix") {
    out["style"] = "matrix";
    if (param.schema["type"] === "array") out["explode"] = true;
  }
  out["schema"] = param.schema;
  return out;
}
