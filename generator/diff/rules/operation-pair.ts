/** Operations of a document keyed for comparison, and the pair type the operation rules work on. */
import { isJsonObject } from "../../json-value.js";
import { HTTP_METHODS } from "../../validate/spec-nodes.js";
import type { DiffContext } from "../diff-context.js";
import { resolveObject } from "../diff-context.js";
import type { Located, SpecSide } from "../spec-side.js";

/** One operation: the operation node and the path item holding it (for shared parameters). */
export interface OperationNode {
  /** `GET /items/{id}` */
  name: string;
  op: { value: Record<string, unknown>; at: readonly string[] };
  item: { value: Record<string, unknown>; at: readonly string[] };
}

/** A base operation and its head counterpart. */
export interface OperationPair {
  subject: string;
  base: OperationNode;
  head: OperationNode;
}

/** A rule over one matched operation pair. */
export type OperationRule = (ctx: DiffContext, pair: OperationPair) => void;

/** Path template with parameter names erased, so renaming `{id}` to `{itemId}` keeps the operation matched. */
export function templateKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/** Every operation under `paths`, keyed by `METHOD /template-with-names-erased`. */
export function collectOperationNodes(side: SpecSide): Map<string, OperationNode> {
  const out = new Map<string, OperationNode>();
  const paths: Located = { value: side.document["paths"], at: ["paths"] };
  if (!isJsonObject(paths.value)) return out;
  for (const [path, node] of Object.entries(paths.value)) {
    if (path.startsWith("x-")) continue;
    const item = resolveObject(side, { value: node, at: ["paths", path] });
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item.value[method];
      if (!isJsonObject(op)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      out.set(`${method.toUpperCase()} ${templateKey(path)}`, {
        name,
        op: { value: op, at: [...item.at, method] },
        item,
      });
    }
  }
  return out;
}

/** The operationId of an operation, if any. */
export function operationIdOf(node: OperationNode): string | undefined {
  const id = node.op.value["operationId"];
  return typeof id === "string" ? id : undefined;
}
