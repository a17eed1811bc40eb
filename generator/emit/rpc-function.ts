/** What a resource file says about an RPC function (`x-specforge-rpc`): its runtime `RpcFunctionSpec`, argument and result types. */
import type { Operation, RpcArgument, RpcFunction } from "../normalize/ir.js";
import { quoteString } from "../naming/literals.js";
import { renderTypePath } from "./type-paths.js";

/** Data matching templates/runtime/rpc.ts `RpcFunctionSpec`. */
export function rpcFunctionSpecData(op: Operation, rpc: RpcFunction): Record<string, unknown> {
  const data: Record<string, unknown> = { name: rpc.name, path: op.path };
  if (rpc.field !== "json") data["field"] = rpc.field;
  const list = (kind: RpcArgument["kind"]) =>
    rpc.arguments
      .filter((a) => a.kind === kind)
      .map((a) => ({ key: a.key, name: a.name, required: a.required || undefined, filename: a.filename }));
  for (const [field, kind] of [
    ["args", "positional"],
    ["kwargs", "keyword"],
    ["files", "file"],
  ] as const) {
    const entries = list(kind);
    if (entries.length > 0) data[field] = entries;
  }
  if (rpc.binary) data["binary"] = true;
  if (rpc.errorsAsText) data["errors"] = "text";
  if (op.security) data["security"] = op.security;
  if (op.retrySafe) data["retrySafe"] = true;
  return data;
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
