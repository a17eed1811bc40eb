/** Walks nested WADL `resource`s (and the `resource_type`s they name) into operations with full paths and path params. */
import type { JsonObject } from "../../json-value.js";
import { dereference, docOf, resolveReference, wadlChildren, type WadlContext } from "./wadl-context.js";
import { convertMethod, mergeParams, type WadlOperation } from "./wadl-methods.js";
import { paramsOf, type WadlParam } from "./wadl-params.js";
import { joinPaths, parsePathTemplate, type PathVariable } from "./wadl-paths.js";
import type { XmlElement } from "./xml-tree.js";

const MAX_DEPTH = 64;

/** Where a walk is: the path so far, its variables, the params children inherit, the resource types in use. */
interface Scope {
  path: string;
  variables: PathVariable[];
  inherited: WadlParam[];
  types: readonly XmlElement[];
  depth: number;
}

/** Every operation below one `resources` element. */
export function walkResources(ctx: WadlContext, resources: XmlElement): WadlOperation[] {
  const out: WadlOperation[] = [];
  const scope: Scope = { path: "", variables: [], inherited: [], types: [], depth: 0 };
  for (const resource of wadlChildren(ctx, resources, "resource")) walkResource(ctx, resource, scope, out);
  return out;
}

function walkResource(ctx: WadlContext, resource: XmlElement, parent: Scope, out: WadlOperation[]): void {
  if (parent.depth > MAX_DEPTH) {
    ctx.problems.error(resource, "wadl-too-deep", `resources nested more than ${MAX_DEPTH} levels deep`);
    return;
  }
  const parsed = parsePathTemplate(resource.attributes["path"] ?? "");
  if (!parsed.ok) {
    ctx.problems.error(resource, "wadl-invalid-path", parsed.message, "path");
    return;
  }
  const types = resourceTypesOf(ctx, resource, parent.types);
  const parts = [...types, resource];
  const own = mergeParams(...parts.map((p) => paramsOf(ctx, p)));
  let path = joinPaths(parent.path, parsed.path);
  const variables = [...parent.variables, ...parsed.variables];
  const pathParams = templateParams(ctx, resource, own, variables, parsed.variables);
  for (const matrix of own.filter((p) => p.style === "matrix")) {
    path += `{${matrix.name}}`;
    pathParams.push(
      matrix.required
        ? matrix
        : {
            ...matrix,
            description: [matrix.description, "(Optional in the WADL; OpenAPI path parameters are always required.)"]
              .filter(Boolean)
              .join("\n\n"),
          },
    );
  }
  for (const plain of own.filter((p) => p.style === "plain")) {
    ctx.problems.error(
      plain.element,
      "wadl-invalid-param-style",
      "plain params belong to a representation, not to a resource",
      "style",
    );
  }
  const inherited = mergeParams(parent.inherited, pathParams);
  const methodParams = mergeParams(
    inherited,
    own.filter((p) => p.style === "query" || p.style === "header"),
  );
  const resourceDoc = docOf(ctx, resource);
  for (const part of parts) {
    for (const raw of wadlChildren(ctx, part, "method")) {
      const method = dereference(ctx, raw);
      const converted = method && convertMethod(ctx, method, path, methodParams);
      if (!converted) continue;
      if (converted.operation["description"] === undefined && resourceDoc.description)
        converted.operation["description"] = resourceDoc.description;
      out.push(converted);
    }
  }
  const scope: Scope = { path, variables, inherited, types: [...parent.types, ...types], depth: parent.depth + 1 };
  for (const part of parts)
    for (const child of wadlChildren(ctx, part, "resource")) walkResource(ctx, child, scope, out);
}

/** The `resource_type`s a resource's `type` attribute names; a type used inside itself is reported. */
function resourceTypesOf(ctx: WadlContext, resource: XmlElement, active: readonly XmlElement[]): XmlElement[] {
  const list = (resource.attributes["type"] ?? "").split(/\s+/).filter(Boolean);
  const out: XmlElement[] = [];
  for (const ref of list) {
    const type = resolveReference(ctx, resource, ref, "type", "resource_type");
    if (!type) continue;
    if (active.includes(type)) {
      ctx.problems.error(
        resource,
        "wadl-recursive-resource-type",
        `resource_type ${JSON.stringify(ref)} is used inside itself`,
        "type",
      );
      continue;
    }
    out.push(type);
  }
  return out;
}

/** Path params for this resource's template variables: declared ones get the variable's regex, undeclared ones are strings. */
function templateParams(
  ctx: WadlContext,
  resource: XmlElement,
  own: WadlParam[],
  all: PathVariable[],
  here: PathVariable[],
): WadlParam[] {
  const declared = own.filter((p) => p.style === "template");
  const out: WadlParam[] = [];
  for (const param of declared) {
    const variable = all.find((v) => v.name === param.name);
    if (!variable) {
      ctx.problems.error(
        param.element,
        "wadl-unknown-template-param",
        `template param ${JSON.stringify(param.name)} does not appear in the resource path`,
        "name",
      );
      continue;
    }
    out.push(variable.pattern ? { ...param, schema: withPattern(param.schema, variable.pattern) } : param);
  }
  for (const variable of here) {
    if (declared.some((p) => p.name === variable.name)) continue;
    const schema: JsonObject = { type: "string", ...(variable.pattern ? { pattern: variable.pattern } : {}) };
    out.push({ style: "template", name: variable.name, required: true, schema, element: resource });
  }
  return out;
}

function withPattern(schema: JsonObject, pattern: string): JsonObject {
  if (schema["$ref"] !== undefined || schema["pattern"] !== undefined) return schema;
  return { ...schema, pattern };
}
