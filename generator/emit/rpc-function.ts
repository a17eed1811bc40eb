/** What a resource file says about an RPC function (`x-specforge-rpc`): its runtime `RpcFunctionSpec`, argument and result types. */
import type { Operation, RpcArgument, RpcFunction } from "../normalize/ir.js";
import { quoteString } from "../naming/literals.js";
import type { RpcArgumentData, RpcFunctionSpecData } from "../runtime-data/client-data.js";
import { renderTypePath } from "./type-paths.js";

/** The function's `RpcFunctionSpec`: fields left at their runtime default are left out. */
export function rpcFunctionSpecData(op: Operation, rpc: RpcFunction): RpcFunctionSpecData {
  const list = (kind: RpcArgument["kind"]): RpcArgumentData[] | undefined => {
    const entries = rpc.arguments
      .filter((a) => a.kind === kind)
      .map((a) => ({ key: a.key, name: a.name, required: a.required || undefined }));
    return entries.length > 0 ? entries : undefined;
  };
  const files = rpc.arguments
    .filter((a) => a.kind === "file")
    .map((a) => ({ key: a.key, name: a.name, required: a.required || undefined, filename: a.filename }));
  return {
    name: rpc.name,
    path: op.path,
    field: rpc.field !== "json" ? rpc.field : undefined,
    args: list("positional"),
    kwargs: list("keyword"),
    files: files.length > 0 ? files : undefined,
    binary: rpc.binary || undefined,
    errors: rpc.errorsAsText ? "text" : undefined,
    security: op.security,
    retrySafe: op.retrySafe === true || undefined,
  };
}

/** The argument type: the derived `…RpcArgs` schema in its request shape, file arguments taking any binary data. */
export function rpcArgumentsTypeText(rpc: RpcFunction): string {
  const type = `Writable<${renderTypePath(rpc.argsType)}>`;
  const files = rpc.arguments.filter((a) => a.kind === "file").map((a) => quoteString(a.key));
  return files.length === 0 ? type : `WithRpcFiles<${type}, ${files.join(" | ")}>`;
}

/** True when the function takes file arguments (its argument type uses the runtime's `WithRpcFiles`). */
export function hasFileArguments(rpc: RpcFunction | undefined): boolean {
  return rpc?.arguments.some((a) => a.kind === "file") === true;
}

/** The result type: a stream for binary results, else the derived `…RpcResult` schema in its response shape. */
export function rpcResultTypeText(rpc: RpcFunction): string {
  return rpc.binary ? "ReadableStream<Uint8Array>" : `Readable<${renderTypePath(rpc.resultType)}>`;
}
