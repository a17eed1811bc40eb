/** `x-specforge-*` extensions must be known, in a place where they apply, and well-formed. */
import type { ExtensionSite } from "../../extensions/extension-schemas.js";
import { followPointer } from "../../load/pointer.js";
import type { SemanticRule } from "../rule.js";
import { semanticContext, type SemanticContext } from "../semantic-context.js";
import { isRecord } from "../spec-nodes.js";
import { checkExtensionSite } from "./extension-check.js";

/** Reports unknown, misplaced and malformed specforge extensions. */
export const invalidExtensionRule: SemanticRule = {
  code: "invalid-extension",
  check(document, report, context = semanticContext(document)) {
    const sites: { node: unknown; at: string[]; site: ExtensionSite }[] = [{ node: document, at: [], site: "root" }];
    for (const { operation, at } of context.operations()) sites.push({ node: operation, at, site: "operation" });
    const servers = Array.isArray(document["servers"]) ? document["servers"] : [];
    servers.forEach((server, i) => sites.push({ node: server, at: ["servers", String(i)], site: "server" }));
    const components = isRecord(document["components"]) ? document["components"] : {};
    const schemes = isRecord(components["securitySchemes"]) ? components["securitySchemes"] : {};
    for (const key of Object.keys(schemes))
      sites.push({ node: schemes[key], at: ["components", "securitySchemes", key], site: "securityScheme" });
    sites.push(...parameterSites(context, components));
    const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
    for (const key of Object.keys(schemas))
      sites.push({ node: schemas[key], at: ["components", "schemas", key], site: "schema" });
    const seen = new Set<unknown>();
    for (const { node, at, site } of sites) {
      if (!isRecord(node) || seen.has(node)) continue;
      seen.add(node);
      checkExtensionSite(node, at, site, report);
    }
    // The XML objects of every schema come last; their findings were made per unit.
    for (const { xmlAt, findings } of context.facts().xml.extensions) {
      const node = followPointer(document, xmlAt);
      if (seen.has(node)) continue;
      seen.add(node);
      for (const finding of findings) report(finding);
    }
  },
};

/** Parameter Objects where they are defined: `components.parameters`, path items and operations (references resolved once). */
function parameterSites(
  context: SemanticContext,
  components: Record<string, unknown>,
): { node: unknown; at: string[]; site: ExtensionSite }[] {
  const out: { node: unknown; at: string[]; site: ExtensionSite }[] = [];
  const shared = isRecord(components["parameters"]) ? components["parameters"] : {};
  for (const key of Object.keys(shared))
    out.push({ node: shared[key], at: ["components", "parameters", key], site: "parameter" });
  const owners = [
    ...context.pathItems().map(({ item, at }) => ({ node: item, at })),
    ...context.operations().map(({ operation, at }) => ({ node: operation, at })),
  ];
  for (const owner of owners) {
    for (const entry of context.parameters(owner.node, owner.at))
      out.push({ node: entry.parameter, at: entry.definedAt, site: "parameter" });
  }
  return out;
}
