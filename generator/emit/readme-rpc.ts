/** The README's "RPC functions" section: each `x-specforge-rpc` function with its wire name, arguments and result. */
import type { Api, Operation, Resource, RpcArgument } from "../normalize/ir.js";
import { callSignature } from "./readme-code.js";
import { codeSpan, markdownTable } from "./readme-markdown.js";

const KIND_LABELS: Readonly<Record<RpcArgument["kind"], string>> = {
  positional: "positional",
  keyword: "keyword",
  file: "file part",
};

/** One table per function, or "" when the API has none. */
export function rpcSection(api: Api): string {
  const functions = api.resources.flatMap((r) =>
    r.operations.filter((op) => op.rpc !== undefined).map((op) => [r, op] as const),
  );
  if (functions.length === 0) return "";
  const first = functions[0]![1];
  const intro = [
    `Each method calls one function of the RPC endpoint ${codeSpan(`${first.method.toUpperCase()} ${first.path}`)}: it sends the form field`,
    `${codeSpan(first.rpc!.field)} with the JSON array ${codeSpan("[function_name, [positional args], {keyword args}]")} (and file arguments as`,
    "multipart parts next to it). Argument keys are camelCase; the wire names below are what the server receives.",
  ].join("\n");
  return [intro, ...functions.map(([resource, op]) => functionBlock(resource, op))].join("\n\n");
}

function functionBlock(resource: Resource, op: Operation): string {
  const rpc = op.rpc!;
  const notes = [
    rpc.binary
      ? "Returns a `ReadableStream<Uint8Array>` (`application/octet-stream`)."
      : `Returns ${codeSpan(op.resultTypeName)}.`,
    op.retrySafe ? "Safe to retry." : "Not retried without an `idempotencyKey`.",
    ...(op.deprecated ? ["**Deprecated.**"] : []),
  ].join(" ");
  const head = `### ${codeSpan(rpc.name)}\n\n${codeSpan(callSignature(resource, op))}. ${notes}`;
  if (rpc.arguments.length === 0) return `${head}\n\nNo arguments.`;
  const rows = rpc.arguments.map((a) => [
    codeSpan(a.key),
    codeSpan(a.name),
    KIND_LABELS[a.kind],
    a.required ? "yes" : "no",
  ]);
  return `${head}\n\n${markdownTable(["argument", "wire name", "sent as", "required"], rows)}`;
}
