/**
 * RPC functions' argument and result types come from the same openapi-typescript path as every schema: each function
 * gets two derived component schemas, `<Module><Function>RpcArgs` (one property per argument key) and
 * `…RpcResult`, named deterministically (sorted function names; a number on a clash with an existing schema).
 */
import { claimUniqueName, toTypeName } from "../naming/identifiers.js";
import { isObject, type JsonObject } from "./refs.js";
import { collectRpcEndpoints, type RpcArgumentSource } from "./rpc-extension.js";

/** Derived schema names of one function (by function name, per endpoint pointer). */
export interface RpcSchemaNames {
  args: string;
  result: string;
}

/** The document with the derived schemas added (the input is not changed) and their names by function pointer. */
export interface RpcDerivation {
  document: JsonObject;
  names: Map<string, RpcSchemaNames>;
}

/** Key of `RpcDerivation.names`: the function's pointer segments joined with NUL (unambiguous for any spec string). */
export function rpcFunctionKey(at: readonly string[]): string {
  return at.join("\u0000");
}

/** Adds every RPC function's derived schemas; a document without `x-specforge-rpc` comes back as it is. */
export function deriveRpcSchemas(doc: JsonObject): RpcDerivation {
  const endpoints = collectRpcEndpoints(doc);
  const names = new Map<string, RpcSchemaNames>();
  if (endpoints.length === 0) return { document: doc, names };
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const schemas: JsonObject = { ...(isObject(components["schemas"]) ? components["schemas"] : {}) };
  const taken = new Set(Object.keys(schemas));
  const functions = endpoints
    .flatMap((e) => e.functions)
    .sort((a, b) => compare(rpcFunctionKey(a.at), rpcFunctionKey(b.at)));
  for (const fn of functions) {
    const base = toTypeName(fn.name, "Function");
    const derived = {
      args: claimUniqueName(`${base}RpcArgs`, taken),
      result: claimUniqueName(`${base}RpcResult`, taken),
    };
    names.set(rpcFunctionKey(fn.at), derived);
    schemas[derived.args] = argsSchema(fn.arguments);
    const result = isObject(fn.raw["result"]) ? fn.raw["result"] : {};
    schemas[derived.result] =
      result["binary"] === true ? { type: "string", format: "binary" } : (result["schema"] ?? {});
  }
  return { document: { ...doc, components: { ...components, schemas } }, names };
}

function argsSchema(args: readonly RpcArgumentSource[]): JsonObject {
  const properties: JsonObject = {};
  for (const arg of args) properties[arg.key] = propertySchema(arg);
  const required = args.filter((a) => a.required).map((a) => a.key);
  return { type: "object", additionalProperties: false, ...(required.length > 0 ? { required } : {}), properties };
}

/** The argument's schema with its description, deprecation and example on it (next to a `$ref`, as OpenAPI 3.1 allows). */
function propertySchema(arg: RpcArgumentSource): unknown {
  const base = arg.kind === "file" ? { type: "string", format: "binary" } : arg.schema;
  const extra: JsonObject = {};
  if (arg.description !== undefined) extra["description"] = arg.description;
  if (arg.deprecated) extra["deprecated"] = true;
  if (arg.example !== undefined) extra["example"] = arg.example;
  if (Object.keys(extra).length === 0) return base;
  return isObject(base) ? { ...base, ...extra } : { allOf: [base], ...extra };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
