/** Reads every operation of the document into the IR: parameters by location, bodies by media type, responses by status. */
import { toPointer } from "../load/pointer.js";
import type { HttpMethod, Operation, ParamLocation, Parameter, ParamStyle } from "./ir.js";
import { applyOperationExtensions } from "./build-operation-extensions.js";
import { buildRequestBody } from "./build-request-body.js";
import { securityAlternatives } from "./build-security.js";
import { buildResponses } from "./build-responses.js";
import { derefObject, isObject, stringField, type JsonObject } from "./refs.js";

/** The names the passes fill in (resource, method, exported types, spec constant), empty until then. */
export const UNNAMED = {
  resourceName: "",
  methodName: "",
  argsTypeName: "",
  resultTypeName: "",
  errorTypeName: "",
  specConstName: "",
} as const;

export const HTTP_METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];

const DEFAULT_STYLE: Record<ParamLocation, ParamStyle> = {
  path: "simple",
  query: "form",
  header: "simple",
  cookie: "form",
};
const LOCATIONS = new Set<string>(["path", "query", "header", "cookie"]);

/** Every operation in document order (paths, then methods in the order OpenAPI lists them). */
export function buildOperations(doc: JsonObject): Operation[] {
  const operations: Operation[] = [];
  const paths = isObject(doc["paths"]) ? doc["paths"] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = derefObject(doc, rawItem);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      // An RPC endpoint is generated as its functions (build-rpc-functions.ts), not as a method of its own.
      if (!isObject(op) || isObject(op["x-specforge-rpc"])) continue;
      operations.push(buildOperation(doc, { path, method, item, op }));
    }
  }
  return operations;
}

function buildOperation(
  doc: JsonObject,
  at: { path: string; method: HttpMethod; item: JsonObject; op: JsonObject },
): Operation {
  const { path, method, item, op } = at;
  const typeBase = [path, method];
  const operation: Operation = {
    pointer: toPointer(["paths", path, method]),
    method,
    path,
    deprecated: op["deprecated"] === true,
    tags: Array.isArray(op["tags"]) ? op["tags"].filter((t): t is string => typeof t === "string") : [],
    params: buildParameters(doc, [item["parameters"], op["parameters"]], typeBase),
    responses: buildResponses(doc, op["responses"], typeBase, {
      singleItemArrays: (op["x-specforge-single-item-arrays"] ?? doc["x-specforge-single-item-arrays"]) === true,
    }),
    ...UNNAMED,
  };
  copyString(op, "operationId", (v) => (operation.operationId = v));
  copyString(op, "summary", (v) => (operation.summary = v));
  copyString(op, "description", (v) => (operation.description = v));
  copyString(op, "x-specforge-resource", (v) => (operation.resourceOverride = v));
  copyString(op, "x-specforge-method", (v) => (operation.methodOverride = v));
  const body = buildRequestBody(doc, op["requestBody"], typeBase);
  if (body) operation.body = body;
  const security = securityAlternatives(doc, op);
  if (security) operation.security = security;
  applyOperationExtensions(operation, doc, op);
  return operation;
}

/** Path-level parameters, overridden by operation-level ones with the same location and name. */
function buildParameters(doc: JsonObject, lists: unknown[], typeBase: string[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const param = derefObject(doc, raw);
      const name = param && stringField(param, "name");
      const location = param && stringField(param, "in");
      if (!param || name === undefined || location === undefined || !LOCATIONS.has(location)) continue;
      const built = buildParameter(doc, param, name, location as ParamLocation, typeBase);
      byKey.set(`${location}:${location === "header" ? name.toLowerCase() : name}`, built);
    }
  }
  return [...byKey.values()];
}

function buildParameter(
  doc: JsonObject,
  param: JsonObject,
  name: string,
  location: ParamLocation,
  typeBase: string[],
): Parameter {
  const style = (stringField(param, "style") ?? DEFAULT_STYLE[location]) as ParamStyle;
  const built: Parameter = {
    name,
    in: location,
    key: name,
    required: location === "path" || param["required"] === true,
    style,
    explode: typeof param["explode"] === "boolean" ? param["explode"] : style === "form",
    allowReserved: param["allowReserved"] === true,
    deprecated: param["deprecated"] === true,
    type: { root: "paths", keys: [...typeBase, "parameters", location, name] },
    example: sampleValue(doc, param),
  };
  if (isObject(param["content"])) {
    const mediaType = Object.keys(param["content"])[0];
    if (mediaType !== undefined) built.contentType = mediaType;
  }
  copyString(param, "description", (v) => (built.description = v));
  const clientDefault = param["x-specforge-client-default"];
  if (clientDefault === true) built.clientDefault = name;
  else if (typeof clientDefault === "string") built.clientDefault = clientDefault;
  const schema = derefObject(doc, param["schema"]);
  if (schema && schema["default"] !== undefined) built.default = schema["default"];
  return built;
}

const SAMPLES: Record<string, unknown> = {
  string: "value",
  integer: 1,
  number: 1,
  boolean: true,
  array: [],
  object: {},
};

/** An example for documentation: declared examples first, then the first enum value, then one by type. */
function sampleValue(doc: JsonObject, param: JsonObject): unknown {
  if (param["example"] !== undefined) return param["example"];
  const schema = derefObject(doc, param["schema"]) ?? {};
  if (schema["example"] !== undefined) return schema["example"];
  if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) return schema["examples"][0];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  return typeof type === "string" && type in SAMPLES ? SAMPLES[type] : "value";
}

/** Calls `set` with the field's value when it is a string. */
export function copyString(node: JsonObject, key: string, set: (value: string) => void): void {
  const value = stringField(node, key);
  if (value !== undefined) set(value);
}
