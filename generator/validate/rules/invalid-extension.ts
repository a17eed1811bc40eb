/** `x-specforge-*` extensions must be known, in a place where they apply, and well-formed. */
import ajv, { type ValidateFunction } from "ajv";
import { EXTENSIONS, type ExtensionSite } from "../../extensions/extension-schemas.js";
import { parsePointer } from "../../load/pointer.js";
import type { ReportFinding, SemanticRule } from "../rule.js";
import { collectSchemas } from "../schema-nodes.js";
import { collectOperations, collectPathItems, isRecord, parameterEntries } from "../spec-nodes.js";
import { didYouMean } from "../suggest.js";

const SITE_NAMES: Record<ExtensionSite, string> = {
  root: "the document root",
  operation: "an operation",
  server: "a server",
  securityScheme: "a security scheme",
  parameter: "a parameter",
  schema: "a component schema",
  xml: "an XML object (a schema's `xml`)",
};

let validators: Map<string, ValidateFunction> | undefined;

function validatorFor(name: string, part: "schema" | "host" = "schema"): ValidateFunction {
  validators ??= new Map();
  const cacheKey = `${part}:${name}`;
  const known = validators.get(cacheKey);
  if (known) return known;
  const definition = EXTENSIONS[name]!;
  const schema = part === "host" ? (definition.host?.schema ?? {}) : definition.schema;
  const validate = new ajv.default({ allErrors: false, strict: false }).compile(schema);
  validators.set(cacheKey, validate);
  return validate;
}

/** Reports unknown, misplaced and malformed specforge extensions. */
export const invalidExtensionRule: SemanticRule = {
  code: "invalid-extension",
  check(document, report) {
    const sites: { node: unknown; at: string[]; site: ExtensionSite }[] = [{ node: document, at: [], site: "root" }];
    for (const { operation, at } of collectOperations(document)) sites.push({ node: operation, at, site: "operation" });
    const servers = Array.isArray(document["servers"]) ? document["servers"] : [];
    servers.forEach((server, i) => sites.push({ node: server, at: ["servers", String(i)], site: "server" }));
    const components = isRecord(document["components"]) ? document["components"] : {};
    const schemes = isRecord(components["securitySchemes"]) ? components["securitySchemes"] : {};
    for (const key of Object.keys(schemes))
      sites.push({ node: schemes[key], at: ["components", "securitySchemes", key], site: "securityScheme" });
    sites.push(...parameterSites(document, components));
    const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
    for (const key of Object.keys(schemas))
      sites.push({ node: schemas[key], at: ["components", "schemas", key], site: "schema" });
    for (const { schema, at } of collectSchemas(document))
      sites.push({ node: schema["xml"], at: [...at, "xml"], site: "xml" });
    const seen = new Set<unknown>();
    for (const { node, at, site } of sites) {
      if (!isRecord(node) || seen.has(node)) continue;
      seen.add(node);
      checkNode(node, at, site, report);
    }
  },
};

/** Parameter Objects where they are defined: `components.parameters`, path items and operations (references resolved once). */
function parameterSites(
  document: Record<string, unknown>,
  components: Record<string, unknown>,
): { node: unknown; at: string[]; site: ExtensionSite }[] {
  const out: { node: unknown; at: string[]; site: ExtensionSite }[] = [];
  const shared = isRecord(components["parameters"]) ? components["parameters"] : {};
  for (const key of Object.keys(shared))
    out.push({ node: shared[key], at: ["components", "parameters", key], site: "parameter" });
  const owners = [
    ...collectPathItems(document).map(({ item, at }) => ({ node: item, at })),
    ...collectOperations(document).map(({ operation, at }) => ({ node: operation, at })),
  ];
  for (const owner of owners) {
    for (const entry of parameterEntries(document, owner.node, owner.at))
      out.push({ node: entry.parameter, at: entry.definedAt, site: "parameter" });
  }
  return out;
}

function checkNode(node: Record<string, unknown>, at: string[], site: ExtensionSite, report: ReportFinding): void {
  for (const key of Object.keys(node)) {
    if (!key.startsWith("x-specforge-")) continue;
    const definition = EXTENSIONS[key];
    if (!definition) {
      report({
        at: [...at, key],
        code: "unknown-extension",
        message: `unknown extension ${JSON.stringify(key)}${didYouMean(key, Object.keys(EXTENSIONS))}; see docs/extensions.md`,
      });
      continue;
    }
    if (!definition.sites.includes(site)) {
      report({
        at: [...at, key],
        message: `${key} does not apply to ${SITE_NAMES[site]}; it belongs on: ${definition.sites.map((s) => SITE_NAMES[s]).join(", ")}`,
      });
      continue;
    }
    if (definition.host !== undefined && !validatorFor(key, "host")(node)) {
      report({ at: [...at, key], message: `${key} ${definition.host.message}; see docs/extensions.md` });
      continue;
    }
    const validate = validatorFor(key);
    if (!validate(node[key])) {
      const error = validate.errors?.[0];
      const where = parsePointer(error?.instancePath ?? "") ?? [];
      const detail = error
        ? `${error.instancePath ? `${error.instancePath.slice(1)} ` : ""}${error.message ?? "is invalid"}${describeParams(error.params)}`
        : "is invalid";
      report({ at: [...at, key, ...where], message: `${key}: ${detail}; see docs/extensions.md` });
    }
  }
}

function describeParams(params: Record<string, unknown> | undefined): string {
  if (!params) return "";
  if (Array.isArray(params["allowedValues"]))
    return ` (${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")})`;
  if (typeof params["additionalProperty"] === "string") return ` (${JSON.stringify(params["additionalProperty"])})`;
  return "";
}
