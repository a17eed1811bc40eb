/** RPC functions (`x-specforge-rpc`) into the IR: one Operation per function, its `rpc` part describing the wire call. */
import { toPointer } from "../load/pointer.js";
import { UNNAMED } from "./build-operations.js";
import { securityAlternatives } from "./build-security.js";
import { buildResponses } from "./build-responses.js";
import type { Operation, RpcArgument } from "./ir.js";
import { isObject, stringField, type JsonObject } from "./refs.js";
import {
  collectRpcEndpoints,
  splitFunctionName,
  type RpcArgumentSource,
  type RpcEndpointSource,
  type RpcFunctionSource,
} from "./rpc-extension.js";
import { rpcFunctionKey, type RpcSchemaNames } from "./rpc-schemas.js";

/** Every function of every RPC endpoint, in document order. `names` are the derived schemas (`deriveRpcSchemas`). */
export function buildRpcFunctions(doc: JsonObject, names: ReadonlyMap<string, RpcSchemaNames>): Operation[] {
  return collectRpcEndpoints(doc).flatMap((endpoint) =>
    endpoint.functions.map((fn) => buildFunction(doc, endpoint, fn, names.get(rpcFunctionKey(fn.at)))),
  );
}

function buildFunction(
  doc: JsonObject,
  endpoint: RpcEndpointSource,
  fn: RpcFunctionSource,
  names: RpcSchemaNames | undefined,
): Operation {
  const { module, function: method } = splitFunctionName(fn.name);
  const result = isObject(fn.raw["result"]) ? fn.raw["result"] : {};
  const schemaPath = (name: string | undefined) => ({ root: "components" as const, keys: ["schemas", name ?? ""] });
  const errorResponses = buildResponses(doc, endpoint.op["responses"], [endpoint.path, endpoint.method]).filter(
    (r) => !/^2/.test(r.status),
  );
  const op: Operation = {
    pointer: toPointer(fn.at),
    method: endpoint.method,
    path: endpoint.path,
    operationId: fn.name,
    deprecated: fn.raw["deprecated"] === true,
    tags: [],
    resourceOverride: module,
    methodOverride: stringField(fn.raw, "method") ?? method,
    params: [],
    responses: errorResponses,
    ...UNNAMED,
    rpc: {
      name: fn.name,
      field: endpoint.field,
      errorsAsText: endpoint.errorsAsText,
      arguments: fn.arguments.map(toArgument),
      binary: result["binary"] === true,
      argsType: schemaPath(names?.args),
      resultType: schemaPath(names?.result),
    },
  };
  const summary = stringField(fn.raw, "summary");
  if (summary !== undefined) op.summary = summary;
  const description = stringField(fn.raw, "description");
  if (description !== undefined) op.description = description;
  const security = securityAlternatives(doc, endpoint.op);
  if (security) op.security = security;
  if (fn.raw["retrySafe"] === true) op.retrySafe = true;
  return op;
}

function toArgument(source: RpcArgumentSource): RpcArgument {
  const argument: RpcArgument = { kind: source.kind, name: source.name, key: source.key, required: source.required };
  if (source.filename !== undefined) argument.filename = source.filename;
  return argument;
}
