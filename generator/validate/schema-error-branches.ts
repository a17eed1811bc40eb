/**
 * Ajv reports every failing branch of a `oneOf`/`anyOf`. This picks the branch the author meant
 * (the Reference branch only when the node has `$ref`; branches whose discriminating field does
 * not match are dropped) and keeps only that branch's errors.
 */
import type { ErrorObject } from "ajv";
import type { SchemaClosures } from "./schema-closure.js";
import { isRecord } from "./spec-nodes.js";

/** One failing alternative of a `oneOf`/`anyOf` and the errors it produced. */
interface Branch {
  schema: unknown;
  errors: ErrorObject[];
}

/** Errors after alternatives are resolved; `eitherOf` is set on a `required` error merged across branches. */
export interface ResolvedErrors {
  errors: ErrorObject[];
  eitherOf: Map<ErrorObject, string[]>;
}

/** Keywords whose own error only says "a branch failed"; the branch errors say what. */
const WRAPPERS = new Set(["oneOf", "anyOf", "if"]);

/** Resolves every failing alternative, innermost first, and drops the wrapper errors. */
export function resolveAlternatives(errors: readonly ErrorObject[], closures: SchemaClosures): ResolvedErrors {
  const alive = new Set(errors);
  const eitherOf = new Map<ErrorObject, string[]>();
  errors.forEach((error, index) => {
    if ((error.keyword === "oneOf" || error.keyword === "anyOf") && alive.has(error) && !isAmbiguous(error)) {
      const candidates = precedingWithin(errors, index, alive);
      const branches = (Array.isArray(error.schema) ? error.schema : []).map((schema: unknown) => {
        const resolved = closures.deref(schema);
        return {
          schema: resolved,
          errors: candidates.filter((e) => belongsTo(e, resolved, error.instancePath, closures)),
        };
      });
      if (branches.length > 0) pickBranches(branches, error, { alive, eitherOf });
    }
  });
  const left = errors.filter((e) => alive.has(e) && !(WRAPPERS.has(e.keyword) && !isAmbiguous(e)));
  return { errors: dropExplainedRefRequirements(left), eitherOf };
}

/** "Must have `$ref`" is noise wherever another error explains the same node or one below it. */
function dropExplainedRefRequirements(errors: readonly ErrorObject[]): ErrorObject[] {
  const isRefRequirement = (e: ErrorObject) =>
    e.keyword === "required" && (e.params as { missingProperty?: unknown }).missingProperty === "$ref";
  const explained = new Set<string>();
  for (const e of errors) {
    if (isRefRequirement(e)) continue;
    for (let path = e.instancePath; ; path = parentPath(path)) {
      explained.add(path);
      if (path === "") break;
    }
  }
  return errors.filter((e) => !isRefRequirement(e) || !explained.has(e.instancePath));
}

/**
 * The live errors emitted just before the wrapper at `index` about its node or below. Ajv evaluates
 * the branches right before it reports the wrapper, so their errors form one run ending there.
 */
function precedingWithin(
  errors: readonly ErrorObject[],
  index: number,
  alive: ReadonlySet<ErrorObject>,
): ErrorObject[] {
  const at = errors[index]!.instancePath;
  const out: ErrorObject[] = [];
  for (let i = index - 1; i >= 0 && isWithin(errors[i]!.instancePath, at); i--)
    if (alive.has(errors[i]!)) out.push(errors[i]!);
  return out.reverse();
}

/** A `oneOf` that failed because several branches matched has no branch errors to resolve. */
function isAmbiguous(error: ErrorObject): boolean {
  return error.keyword === "oneOf" && Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas);
}

function pickBranches(
  branches: Branch[],
  wrapper: ErrorObject,
  state: { alive: Set<ErrorObject>; eitherOf: Map<ErrorObject, string[]> },
): void {
  const live = branches.map((b) => ({ ...b, errors: b.errors.filter((e) => state.alive.has(e)) }));
  const keep = discriminate(byReference(live, wrapper.data), wrapper.instancePath, state.alive);
  const kept = new Set(keep.flatMap((b) => b.errors));
  for (const branch of live) {
    if (!keep.includes(branch)) for (const e of branch.errors) if (!kept.has(e)) state.alive.delete(e);
  }
  mergeMissingFields(keep, wrapper.instancePath, state);
}

/** Reference branches (those requiring `$ref`) apply exactly when the node has a `$ref`. */
function byReference(branches: Branch[], node: unknown): Branch[] {
  const isReference = (b: Branch) =>
    isRecord(b.schema) && Array.isArray(b.schema["required"]) && b.schema["required"].includes("$ref");
  const references = branches.filter(isReference);
  if (references.length === 0 || references.length === branches.length) return branches;
  return isRecord(node) && "$ref" in node ? references : branches.filter((b) => !isReference(b));
}

/**
 * Drops branches whose "kind" does not match: a wrong type, or a wrong value for a discriminating
 * field (such as `in` of a parameter). Branches with no such error win; if all have one, the field
 * that rules out most (but not all) branches decides.
 */
function discriminate(branches: Branch[], at: string, alive: Set<ErrorObject>): Branch[] {
  if (branches.length < 2) return branches;
  const keys = branches.map(
    (b) => new Set(b.errors.map((e) => mismatchKey(e, at)).filter((k): k is string => k !== undefined)),
  );
  if (keys.some((k) => k.size === 0)) return branches.filter((_, i) => keys[i]!.size === 0);
  const counts = new Map<string, number>();
  for (const set of keys) for (const key of set) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: [string, number] | undefined;
  // On a tie, "#type" and "$ref" sort first: a wrong kind of value is the strongest sign of a wrong branch.
  for (const [key, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count < branches.length && (!best || count > best[1])) best = [key, count];
  }
  if (best) return branches.filter((_, i) => !keys[i]!.has(best[0]));
  for (const branch of branches) for (const e of branch.errors) if (mismatchKey(e, at) === undefined) alive.delete(e);
  return branches.map((b) => ({ ...b, errors: b.errors.filter((e) => alive.has(e)) }));
}

/** The field whose value decides against this branch, if the error is of that kind. */
function mismatchKey(error: ErrorObject, at: string): string | undefined {
  if (error.instancePath === at && error.keyword === "type") return "#type";
  if (
    error.instancePath === at &&
    error.keyword === "required" &&
    (error.params as { missingProperty?: unknown }).missingProperty === "$ref"
  )
    return "$ref";
  if (error.keyword !== "enum" && error.keyword !== "const") return undefined;
  if (parentPath(error.instancePath) === at) return error.instancePath;
  // An array given where a list of strings is allowed is a wrong type, not a wrong value.
  const allowed: unknown[] =
    error.keyword === "const" ? [error.schema] : Array.isArray(error.schema) ? error.schema : [];
  if (error.instancePath === at && !allowed.some((v) => jsonType(v) === jsonType(error.data))) return "#type";
  return undefined;
}

function jsonType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Branches that each only lack a field at the node become one "needs one of" error. */
function mergeMissingFields(
  branches: Branch[],
  at: string,
  state: { alive: Set<ErrorObject>; eitherOf: Map<ErrorObject, string[]> },
): void {
  if (branches.length < 2) return;
  const onlyMissing = branches.every(
    (b) =>
      b.errors.length > 0 &&
      b.errors.every((e) => e.keyword === "required" && e.instancePath === at && state.alive.has(e)),
  );
  if (!onlyMissing) return;
  const all = branches.flatMap((b) => b.errors);
  const fields = [...new Set(all.map((e) => String((e.params as { missingProperty?: unknown }).missingProperty)))];
  const [first, ...rest] = all;
  if (!first || fields.length < 2) return;
  for (const e of rest) state.alive.delete(e);
  state.eitherOf.set(first, fields);
}

/** Whether an error was produced by a branch: matched by subschema identity, at the right depth. */
function belongsTo(error: ErrorObject, branch: unknown, at: string, closures: SchemaClosures): boolean {
  const parent = error.parentSchema;
  if (!isRecord(branch) || !isRecord(parent)) return false;
  const depth = segmentCount(error.instancePath) - segmentCount(at);
  if (depth === 0) return closures.inPlace(branch).has(parent);
  if (depth === 1) return closures.forChildren(branch).has(parent) || closures.inPlace(branch).has(parent);
  return closures.reachable(branch).has(parent);
}

function isWithin(path: string, at: string): boolean {
  return path === at || path.startsWith(`${at}/`);
}

function parentPath(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf("/")));
}

function segmentCount(path: string): number {
  let count = 0;
  for (const char of path) if (char === "/") count++;
  return count;
}
