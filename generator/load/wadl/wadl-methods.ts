/** WADL `method` → an OpenAPI operation: request params and representations, responses by status, faults (2006). */
import type { JsonObject } from "../../json-value.js";
import { contentOf } from "./wadl-bodies.js";
import { docOf, wadlChildren, WADL_2006, type WadlContext } from "./wadl-context.js";
import { paramsOf, toParameter, type WadlParam } from "./wadl-params.js";
import type { XmlElement } from "./xml-tree.js";

const VERBS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

/** A converted method before operation ids are assigned. */
export interface WadlOperation {
  verb: string;
  path: string;
  /** The method's `id`, the seed of its operationId. */
  id: string | undefined;
  operation: JsonObject;
  element: XmlElement;
}

/** Converts one method (already dereferenced) at `path`, with the params its resources declare. */
export function convertMethod(
  ctx: WadlContext,
  method: XmlElement,
  path: string,
  inherited: readonly WadlParam[],
): WadlOperation | undefined {
  const name = method.attributes["name"];
  if (name === undefined || !VERBS.has(name.toLowerCase())) {
    ctx.problems.error(
      method,
      "wadl-unsupported-method",
      `method name ${JSON.stringify(name ?? "")} is not an HTTP method OpenAPI can describe (GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS, TRACE)`,
      name === undefined ? undefined : "name",
    );
    return undefined;
  }
  const operation: JsonObject = { ...docOf(ctx, method) };
  const request = wadlChildren(ctx, method, "request")[0];
  const own = request ? paramsOf(ctx, request) : [];
  for (const param of own) {
    if (param.style === "template" || param.style === "matrix" || param.style === "plain") {
      ctx.problems.error(
        param.element,
        "wadl-invalid-param-style",
        `a request param must be query or header (${param.style} params belong to a resource or a representation)`,
        "style",
      );
    }
  }
  const parameters = mergeParams(
    inherited,
    own.filter((p) => p.style === "query" || p.style === "header"),
  );
  if (parameters.length > 0) operation["parameters"] = parameters.map(toParameter);
  if (request) {
    const body = contentOf(ctx, request);
    if (Object.keys(body.content).length > 0)
      operation["requestBody"] = {
        ...(body.description ? { description: body.description } : {}),
        required: true,
        content: body.content,
      };
  }
  operation["responses"] = responsesOf(ctx, method);
  return { verb: name.toLowerCase(), path, id: method.attributes["id"], operation, element: method };
}

/** Later params replace earlier ones with the same name and location (a method's own win over its resources'). */
export function mergeParams(...lists: (readonly WadlParam[])[]): WadlParam[] {
  const byKey = new Map<string, WadlParam>();
  for (const param of lists.flat())
    byKey.set(
      `${param.style === "query" ? "query" : param.style === "header" ? "header" : "path"}\u0000${param.name}`,
      param,
    );
  return [...byKey.values()];
}

function responsesOf(ctx: WadlContext, method: XmlElement): JsonObject {
  const responses: Record<string, JsonObject> = Object.create(null) as Record<string, JsonObject>;
  for (const response of wadlChildren(ctx, method, "response")) {
    // 2006: a representation with its own status, and every fault, is a response of that status.
    const own =
      ctx.namespace === WADL_2006
        ? response.children.filter(
            (c) =>
              c.namespace === ctx.namespace &&
              (c.local === "fault" || (c.local === "representation" && c.attributes["status"] !== undefined)),
          )
        : [];
    const rest: XmlElement = { ...response, children: response.children.filter((c) => !own.includes(c)) };
    const described = responseObject(ctx, rest, "representation");
    for (const status of statusList(ctx, response, "200"))
      responses[status] = mergeResponses(responses[status], described);
    for (const element of own) {
      const separate = statusedObject(ctx, element);
      for (const status of statusList(ctx, element, "default"))
        responses[status] = mergeResponses(responses[status], separate);
    }
  }
  if (Object.keys(responses).length === 0)
    responses["200"] = { description: "Success (the WADL describes no response)." };
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `status="200 204"` → `["200", "204"]`; without status, `fallback`. */
function statusList(ctx: WadlContext, element: XmlElement, fallback: string): string[] {
  const raw = element.attributes["status"];
  if (raw === undefined) return [fallback];
  const list = raw.split(/\s+/).filter(Boolean);
  const bad = list.find((s) => !/^[1-5][0-9][0-9]$/.test(s));
  if (bad !== undefined || list.length === 0) {
    ctx.problems.error(
      element,
      "wadl-invalid-status",
      `status must be a space-separated list of HTTP status codes, got ${JSON.stringify(raw)}`,
      "status",
    );
    return [];
  }
  return list;
}

function responseObject(ctx: WadlContext, response: XmlElement, local: string): JsonObject {
  const docs = docOf(ctx, response);
  const body = contentOf(ctx, response, local);
  const out: JsonObject = { description: docs.description ?? docs.summary ?? body.description ?? "Response." };
  const headers = paramsOf(ctx, response).filter((p) => p.style === "header");
  if (headers.length > 0) {
    out["headers"] = Object.fromEntries(
      headers.map((h) => [
        h.name,
        {
          ...(h.description ? { description: h.description } : {}),
          ...(h.required ? { required: true } : {}),
          schema: h.schema,
        },
      ]),
    );
  }
  if (Object.keys(body.content).length > 0) out["content"] = body.content;
  return out;
}

/** A 2006 `fault` or `representation status="…"`: a representation that is a response of its own. */
function statusedObject(ctx: WadlContext, element: XmlElement): JsonObject {
  const holder: XmlElement = { ...element, children: [{ ...element, local: "representation" }] };
  const out = responseObject(ctx, holder, "representation");
  return {
    ...out,
    description: docOf(ctx, element).description ?? (element.local === "fault" ? "Fault." : "Response."),
  };
}

function mergeResponses(a: JsonObject | undefined, b: JsonObject): JsonObject {
  if (!a) return b;
  const content = {
    ...((a["content"] as JsonObject | undefined) ?? {}),
    ...((b["content"] as JsonObject | undefined) ?? {}),
  };
  return { ...a, ...(Object.keys(content).length > 0 ? { content } : {}) };
}
