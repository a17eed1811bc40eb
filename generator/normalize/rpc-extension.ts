/**
 * Reading `x-specforge-rpc` (docs/extensions.md): the RPC endpoints of a document and their functions, with every
 * argument's wire name and argument key. Shared by validation, the derived schemas and the IR.
 */
import { toMemberName } from "../naming/identifiers.js";
import { HTTP_METHODS } from "./build-operations.js";
import type { HttpMethod } from "./ir.js";
import { derefObject, isObject, stringField, type JsonObject } from "./refs.js";

/** One argument of a function as the spec writes it. */
export interface RpcArgumentSource {
  kind: "positional" | "keyword" | "file";
  /** Wire name (kwargs key, file part name; a positional argument's documented name). */
  name: string;
  /** Key of the generated argument object. */
  key: string;
  required: boolean;
  /** The argument's schema (absent for files). */
  schema?: unknown;
  description?: string;
  deprecated: boolean;
  example?: unknown;
  /** Default file name of a file part. */
  filename?: string;
  /** Segments of the argument's own pointer, relative to the function. */
  at: string[];
}

/** One function of an endpoint. */
export interface RpcFunctionSource {
  name: string;
  raw: JsonObject;
  /** Pointer segments of the function object. */
  at: string[];
  arguments: RpcArgumentSource[];
}

/** One operation carrying `x-specforge-rpc`. */
export interface RpcEndpointSource {
  path: string;
  method: HttpMethod;
  op: JsonObject;
  /** Pointer segments of the extension object. */
  at: string[];
  field: string;
  errorsAsText: boolean;
  functions: RpcFunctionSource[];
}

/** Every operation with `x-specforge-rpc`, in document order, functions in the order the spec lists them. */
export function collectRpcEndpoints(doc: JsonObject): RpcEndpointSource[] {
  const out: RpcEndpointSource[] = [];
  const paths = isObject(doc["paths"]) ? doc["paths"] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = derefObject(doc, rawItem);
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!isObject(op) || !isObject(op["x-specforge-rpc"])) continue;
      const ext = op["x-specforge-rpc"];
      const at = ["paths", path, method, "x-specforge-rpc"];
      const functions = isObject(ext["functions"]) ? ext["functions"] : {};
      out.push({
        path,
        method,
        op,
        at,
        field: stringField(ext, "field") ?? "json",
        errorsAsText: ext["errors"] === "text",
        functions: Object.entries(functions).flatMap(([name, raw]) =>
          isObject(raw) ? [readFunction(name, raw, [...at, "functions", name])] : [],
        ),
      });
    }
  }
  return out;
}

function readFunction(name: string, raw: JsonObject, at: string[]): RpcFunctionSource {
  const args = Array.isArray(raw["args"]) ? raw["args"] : [];
  const kwargs = isObject(raw["kwargs"]) ? raw["kwargs"] : {};
  const files = isObject(raw["files"]) ? raw["files"] : {};
  return {
    name,
    raw,
    at,
    arguments: [
      ...args.flatMap((arg, i) =>
        isObject(arg)
          ? [readArgument("positional", stringField(arg, "name") ?? `arg${i}`, arg, ["args", String(i)])]
          : [],
      ),
      ...Object.entries(kwargs).flatMap(([wire, arg]) =>
        isObject(arg) ? [readArgument("keyword", wire, arg, ["kwargs", wire])] : [],
      ),
      ...Object.entries(files).flatMap(([wire, arg]) =>
        isObject(arg) ? [readArgument("file", wire, arg, ["files", wire])] : [],
      ),
    ],
  };
}

function readArgument(kind: RpcArgumentSource["kind"], name: string, raw: JsonObject, at: string[]): RpcArgumentSource {
  const argument: RpcArgumentSource = {
    kind,
    name,
    key: stringField(raw, "key") ?? toMemberName(name, "arg"),
    required: raw["required"] === true,
    deprecated: raw["deprecated"] === true,
    at,
  };
  if (kind !== "file") argument.schema = raw["schema"] ?? {};
  const description = stringField(raw, "description");
  if (description !== undefined) argument.description = description;
  if ("example" in raw) argument.example = raw["example"];
  const filename = stringField(raw, "filename");
  if (filename !== undefined) argument.filename = filename;
  return argument;
}

/** `download.get_daily_builds_list` → module `download`, function `get_daily_builds_list`. */
export function splitFunctionName(name: string): { module: string; function: string } {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? { module: "root", function: name } : { module: name.slice(0, dot), function: name.slice(dot + 1) };
}
