/** Defensive accessors over an OpenAPI 3.x document for the semantic rules: every shape is checked, nothing throws. */
import { isJsonObject } from "../json-value.js";
import { followPointer, parseRefPointer, toPointer } from "../load/pointer.js";

export type { JsonObject } from "../json-value.js";
import type { JsonObject } from "../json-value.js";

/** The operation keys of a Path Item Object. @see https://spec.openapis.org/oas/v3.1.0#path-item-object */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Most `$ref` hops followed before a chain is treated as broken (cycles stop earlier). */
const MAX_REF_HOPS = 64;

/** True for a plain JSON object (not null, not an array). */
export const isRecord = isJsonObject;

/** Renders a pointer for messages, e.g. `#/paths/~1items/get`. */
export function showPointer(at: readonly string[]): string {
  return `#${toPointer(at)}`;
}

/** A node after following `$ref`s, and the pointer it was found at. */
export interface Resolved {
  node: unknown;
  at: string[];
}

/** Follows a chain of local `$ref`s; undefined when a link is missing, external or cyclic. */
export function resolveRefs(document: unknown, node: unknown, at: readonly string[]): Resolved | undefined {
  let current: Resolved = { node, at: [...at] };
  if (!isRecord(node) || typeof node["$ref"] !== "string") return current;
  const seen = new Set<unknown>();
  while (isRecord(current.node) && typeof current.node["$ref"] === "string") {
    if (seen.has(current.node) || seen.size >= MAX_REF_HOPS) return undefined;
    seen.add(current.node);
    const ref = current.node["$ref"];
    const segments = ref.startsWith("#") ? parseRefPointer(ref) : undefined;
    const target = segments ? followPointer(document, segments) : undefined;
    if (!segments || target === undefined) return undefined;
    current = { node: target, at: segments };
  }
  return current;
}

/** A path item reached from `paths`, `webhooks` or an operation's callbacks. */
export interface PathItemVisit {
  item: JsonObject;
  /** Where the (resolved) path item is. */
  at: string[];
  /** The path template, only for items directly under `paths`. */
  template: string | undefined;
}

/** Every path item of the document, `$ref`s resolved, each object visited once per template. */
export function collectPathItems(document: JsonObject): PathItemVisit[] {
  const out: PathItemVisit[] = [];
  const pending: { node: unknown; at: string[]; template: string | undefined }[] = [];
  for (const section of ["paths", "webhooks"]) {
    const map = document[section];
    if (!isRecord(map)) continue;
    for (const [key, node] of Object.entries(map)) {
      if (key.startsWith("x-")) continue;
      pending.push({ node, at: [section, key], template: section === "paths" ? key : undefined });
    }
  }
  const seen = new Set<string>();
  for (let i = 0; i < pending.length; i++) {
    const { node, at, template } = pending[i]!;
    const resolved = resolveRefs(document, node, at);
    if (!resolved || !isRecord(resolved.node)) continue;
    const key = `${toPointer(resolved.at)} ${template ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ item: resolved.node, at: resolved.at, template });
    for (const op of pathItemOperations(resolved.node, resolved.at)) pending.push(...callbackItems(document, op));
  }
  return out;
}

/** One operation of a path item. */
export interface OperationVisit {
  operation: JsonObject;
  at: string[];
  method: string;
  pathItem: PathItemVisit;
}

/** Every operation of the document (paths, webhooks and callbacks), in document order. */
export function collectOperations(
  document: JsonObject,
  pathItems: readonly PathItemVisit[] = collectPathItems(document),
): OperationVisit[] {
  const out: OperationVisit[] = [];
  for (const pathItem of pathItems) {
    for (const { operation, at, method } of pathItemOperations(pathItem.item, pathItem.at))
      out.push({ operation, at, method, pathItem });
  }
  return out;
}

/** The operations of one path item, in the order of HTTP_METHODS. */
export function pathItemOperations(
  item: JsonObject,
  at: readonly string[],
): { operation: JsonObject; at: string[]; method: string }[] {
  const out: { operation: JsonObject; at: string[]; method: string }[] = [];
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (isRecord(operation)) out.push({ operation, at: [...at, method], method });
  }
  return out;
}

function callbackItems(document: JsonObject, op: { operation: JsonObject; at: string[] }) {
  const out: { node: unknown; at: string[]; template: undefined }[] = [];
  const callbacks = op.operation["callbacks"];
  if (!isRecord(callbacks)) return out;
  for (const [name, value] of Object.entries(callbacks)) {
    const callback = resolveRefs(document, value, [...op.at, "callbacks", name]);
    if (!callback || !isRecord(callback.node)) continue;
    for (const [expression, node] of Object.entries(callback.node)) {
      if (!expression.startsWith("x-")) out.push({ node, at: [...callback.at, expression], template: undefined });
    }
  }
  return out;
}

/** One entry of a `parameters` list, with its `$ref`s followed. */
export interface ParameterEntry {
  /** The resolved Parameter Object. */
  parameter: JsonObject;
  /** Where the list entry is (the `$ref` site for references). */
  at: string[];
  /** Where the resolved Parameter Object is. */
  definedAt: string[];
}

/** The entries of a `parameters` list that resolve to objects; others are skipped. */
export function parameterEntries(
  document: JsonObject,
  owner: JsonObject,
  ownerAt: readonly string[],
): ParameterEntry[] {
  const list = owner["parameters"];
  if (!Array.isArray(list)) return [];
  const out: ParameterEntry[] = [];
  list.forEach((node, index) => {
    const at = [...ownerAt, "parameters", String(index)];
    const resolved = resolveRefs(document, node, at);
    if (resolved && isRecord(resolved.node)) out.push({ parameter: resolved.node, at, definedAt: resolved.at });
  });
  return out;
}

/** The `name`/`in` of a parameter when both are strings. */
export function parameterKey(parameter: JsonObject): { name: string; in: string } | undefined {
  const { name, in: location } = parameter;
  return typeof name === "string" && typeof location === "string" ? { name, in: location } : undefined;
}

/** A Server Object and where it is. */
export interface ServerVisit {
  server: JsonObject;
  at: string[];
}

/** Every Server Object: at the root, on path items and on operations. */
export function collectServers(
  document: JsonObject,
  pathItems: readonly PathItemVisit[] = collectPathItems(document),
  operations: readonly OperationVisit[] = collectOperations(document, pathItems),
): ServerVisit[] {
  const owners: { node: JsonObject; at: string[] }[] = [{ node: document, at: [] }];
  for (const { item, at } of pathItems) owners.push({ node: item, at });
  for (const { operation, at } of operations) owners.push({ node: operation, at });
  const out: ServerVisit[] = [];
  for (const owner of owners) {
    const servers = owner.node["servers"];
    if (!Array.isArray(servers)) continue;
    servers.forEach((server, index) => {
      if (isRecord(server)) out.push({ server, at: [...owner.at, "servers", String(index)] });
    });
  }
  return out;
}
