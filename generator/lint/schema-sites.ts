/**
 * Every schema a document holds, with how it was reached: the roots (component schemas, parameter, body, response,
 * header and RPC argument schemas) and, below them, nested schemas — without following `$ref`s (those are named).
 */
import { isJsonObject, type JsonObject } from "../json-value.js";
import { childSchemas } from "../validate/schema-nodes.js";
import { collectOperations, parameterEntries } from "../validate/spec-nodes.js";

/** A schema node and how it was reached. */
export interface SchemaSite {
  schema: JsonObject;
  at: string[];
  /** How the parent reached it: `root`, `property`, `items`, `additionalProperties`, `oneOf`, `anyOf`, `allOf`, `not`. */
  via: string;
  /** Steps from the root (`allOf` members merge into their parent and add none). */
  depth: number;
}

/** The subschema keywords lint looks below (schema-nodes.ts enumerates them). */
const NESTED = new Set([
  "properties",
  "items",
  "additionalProperties",
  "oneOf",
  "anyOf",
  "allOf",
  "not",
  "prefixItems",
]);

/** The root schemas of a document. */
export function rootSchemas(document: JsonObject): { schema: unknown; at: string[] }[] {
  const roots: { schema: unknown; at: string[] }[] = [];
  const components = document["components"];
  const schemas = isJsonObject(components) ? components["schemas"] : undefined;
  if (isJsonObject(schemas))
    for (const [name, schema] of Object.entries(schemas)) roots.push({ schema, at: ["components", "schemas", name] });
  for (const { operation, at, pathItem } of collectOperations(document)) {
    for (const owner of [
      { node: pathItem.item, at: pathItem.at },
      { node: operation, at },
    ]) {
      for (const entry of parameterEntries(document, owner.node, owner.at)) {
        if (entry.at.join("/") === entry.definedAt.join("/"))
          roots.push({ schema: entry.parameter["schema"], at: [...entry.definedAt, "schema"] });
      }
    }
    roots.push(...contentSchemas(operation["requestBody"], [...at, "requestBody"]));
    const responses = operation["responses"];
    if (isJsonObject(responses))
      for (const [status, response] of Object.entries(responses))
        roots.push(...contentSchemas(response, [...at, "responses", status]));
  }
  return roots.filter((r) => isJsonObject(r.schema));
}

function contentSchemas(owner: unknown, at: string[]): { schema: unknown; at: string[] }[] {
  if (!isJsonObject(owner) || !isJsonObject(owner["content"])) return [];
  return Object.entries(owner["content"]).flatMap(([media, entry]) =>
    isJsonObject(entry) ? [{ schema: entry["schema"], at: [...at, "content", media, "schema"] }] : [],
  );
}

/** Every schema node under the roots, iteratively, each object once. */
export function collectSchemaSites(document: JsonObject): SchemaSite[] {
  const out: SchemaSite[] = [];
  const seen = new Set<unknown>();
  const stack: SchemaSite[] = rootSchemas(document)
    .map((r) => ({ schema: r.schema as JsonObject, at: r.at, via: "root", depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const site = stack.pop()!;
    if (seen.has(site.schema)) continue;
    seen.add(site.schema);
    out.push(site);
    for (const child of childSchemas(site.schema, site.at)) {
      if (!NESTED.has(child.keyword)) continue;
      const depth = child.keyword === "allOf" ? site.depth : site.depth + 1;
      stack.push({
        schema: child.schema,
        at: child.at,
        via: child.keyword === "properties" ? "property" : child.keyword,
        depth,
      });
    }
  }
  return out;
}
