/**
 * Method of each operation: `x-specforge-method`, else the operationId in camelCase with the resource's
 * name stripped when it leads or trails (`items_list` in `items` → `list`), else a verb from the HTTP method
 * and path (`GET /items/{id}` → `retrieve`).
 */
import { toMemberName } from "../../naming/identifiers.js";
import { splitWords, toCamelCase } from "../../naming/words.js";
import type { Api, Operation } from "../ir.js";
import type { Pass } from "./pass.js";

export const assignMethodNames: Pass = {
  name: "assign-method-names",
  run(api: Api): Api {
    for (const op of api.operations) op.methodName = methodNameOf(op);
    return api;
  },
};

/** The preferred method name of an operation (before collisions are resolved). */
export function methodNameOf(op: Operation): string {
  if (op.methodOverride !== undefined) return toMemberName(op.methodOverride, fullMethodName(op));
  if (op.operationId !== undefined) {
    const stripped = stripResourceWords(splitWords(op.operationId), splitWords(op.resourceName));
    return toMemberName(stripped.join(" "), fullMethodName(op));
  }
  return fullMethodName(op);
}

/** The unstripped name: camelCase operationId, else verb + path words. Used when stripped names collide. */
export function fullMethodName(op: Operation): string {
  if (op.operationId !== undefined && toCamelCase(op.operationId) !== "") return toMemberName(op.operationId, "call");
  return toMemberName(verbAndPathWords(op), op.method);
}

function stripResourceWords(words: string[], resource: string[]): string[] {
  const lower = (list: string[]) => list.map((w) => w.toLowerCase());
  const w = lower(words);
  const variants = [lower(resource), singular(lower(resource))].filter((v) => v.length > 0);
  for (const r of variants) {
    if (w.length > r.length && r.every((part, i) => w[i] === part)) return words.slice(r.length);
    if (w.length > r.length && r.every((part, i) => w[w.length - r.length + i] === part))
      return words.slice(0, w.length - r.length);
  }
  return words;
}

function singular(words: string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined || !last.endsWith("s") || last.endsWith("ss")) return [];
  return [...words.slice(0, -1), last.endsWith("ies") ? `${last.slice(0, -3)}y` : last.slice(0, -1)];
}

const VERBS: Record<string, [collection: string, item: string]> = {
  get: ["list", "retrieve"],
  post: ["create", "create"],
  put: ["update", "update"],
  patch: ["update", "update"],
  delete: ["delete", "delete"],
  head: ["head", "head"],
  options: ["options", "options"],
  trace: ["trace", "trace"],
};

function verbAndPathWords(op: Operation): string {
  const segments = op.path.split("/").filter((s) => s !== "");
  const resourceIndex = segments.findIndex((s) => !s.includes("{"));
  const rest = segments.slice(resourceIndex + 1);
  const endsWithParam = (segments[segments.length - 1] ?? "").includes("{");
  const [collection, item] = VERBS[op.method] ?? ["call", "call"];
  const statics = rest.filter((s) => !s.includes("{"));
  return [endsWithParam ? item : collection, ...statics].join(" ");
}
