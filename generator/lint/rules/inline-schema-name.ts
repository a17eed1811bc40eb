/**
 * Inline object schemas that the generated types can only reach through a long indexed path
 * (`Order["lines"][number]`, `ItemsListResponse["results"][number]["owner"]`) or not at all (a `oneOf`/`anyOf`
 * variant): moving them to components/schemas gives them a name. One step from a named type
 * (`Person["address"]`) reads fine and is not reported.
 */
import { isJsonObject } from "../../json-value.js";
import { toPointer } from "../../load/pointer.js";
import { collectSchemaSites } from "../schema-sites.js";
import type { LintRule } from "../lint-rule.js";

/** Variants have no indexed path at all. */
const VARIANT_VIA = new Set(["oneOf", "anyOf"]);

/** Reports nested inline object schemas with properties. */
export const inlineSchemaNameRule: LintRule = {
  code: "inline-schema-name",
  defaultSeverity: "warning",
  summary: "an inline object schema nested two levels deep (or a oneOf/anyOf variant) has no readable type name",
  check(document, report) {
    for (const site of collectSchemaSites(document)) {
      if (site.depth < 2 && !(site.depth >= 1 && VARIANT_VIA.has(site.via))) continue;
      const properties = site.schema["properties"];
      if (!isJsonObject(properties) || Object.keys(properties).length === 0) continue;
      report({
        at: site.at,
        message: `inline object schema at #${toPointer(site.at)} is reachable in the generated types only as ${site.depth >= 2 ? "a long indexed path" : "an anonymous union member"}; move it to components/schemas and $ref it`,
      });
    }
  },
};
