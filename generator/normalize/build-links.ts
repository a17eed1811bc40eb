/**
 * `x-specforge-link`: the component schemas that are hypermedia links. The client then gets `follow(link)`, which
 * matches a link's href to a GET operation of the API. Values were validated before.
 */
import { toPointer } from "../load/pointer.js";
import type { Api, LinkSchemas } from "./ir.js";
import { isObject, type JsonObject } from "./refs.js";
import { pointerWarning } from "./warnings.js";

/** The types `src/links.ts` exports: result types by operation name, the names, and the union `follow` resolves with. */
export const LINK_TYPE_NAMES = {
  results: "LinkResults",
  operation: "LinkOperation",
  followed: "FollowedLink",
} as const;

/**
 * The link schemas of the document, or `undefined` when there are none. Every link schema must name the same href
 * (and method) properties, and have them; otherwise a warning says why and no `follow` is generated.
 */
export function buildLinkSchemas(doc: JsonObject, api: Api): LinkSchemas | undefined {
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  let found: LinkSchemas | undefined;
  for (const [name, schema] of Object.entries(schemas)) {
    const value = isObject(schema) ? schema["x-specforge-link"] : undefined;
    if (!isObject(value) || !isObject(schema)) continue;
    const pointer = toPointer(["components", "schemas", name, "x-specforge-link"]);
    const href = String(value["href"]);
    const method = typeof value["method"] === "string" ? value["method"] : undefined;
    const properties = isObject(schema["properties"]) ? schema["properties"] : {};
    const missing = [href, ...(method === undefined ? [] : [method])].filter((p) => !Object.hasOwn(properties, p));
    const typeName = api.schemas.find((s) => s.name === name)?.typeName;
    if (missing.length > 0 || typeName === undefined) {
      api.warnings.push(
        pointerWarning(
          pointer,
          "link-property-missing",
          `the link schema has no property ${missing.map((p) => JSON.stringify(p)).join(", ")}; no follow() is generated for it`,
        ),
      );
      continue;
    }
    if (found !== undefined && (found.href !== href || found.method !== method)) {
      api.warnings.push(
        pointerWarning(
          pointer,
          "link-properties-differ",
          "every x-specforge-link schema must name the same href and method properties; this one is left out of follow()",
        ),
      );
      continue;
    }
    found = { typeNames: [...(found?.typeNames ?? []), typeName], href, ...(method === undefined ? {} : { method }) };
  }
  if (found === undefined) return undefined;
  const clash = api.schemas.find((s) => (Object.values(LINK_TYPE_NAMES) as string[]).includes(s.typeName));
  if (clash !== undefined) {
    api.warnings.push(
      pointerWarning(
        toPointer(["components", "schemas", clash.name]),
        "link-type-name-taken",
        `the schema type ${clash.typeName} takes a name follow() needs; no follow() is generated`,
      ),
    );
    return undefined;
  }
  return found;
}
