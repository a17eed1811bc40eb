/**
 * Examples must match their schema: they become README samples and tests, and a wrong one teaches callers a wrong
 * shape. Checked with Ajv against the document's own schemas (`$ref`s resolve); formats are not checked.
 */
import type { ErrorObject } from "ajv";
import ajv2020 from "ajv/dist/2020.js";
import ajvDraft04 from "ajv-draft-04";
import { isJsonObject, type JsonObject } from "../../json-value.js";
import { toPointer } from "../../load/pointer.js";
import { collectOperations, parameterEntries, resolveRefs } from "../../validate/spec-nodes.js";
import { collectSchemaSites } from "../schema-sites.js";
import type { LintRule } from "../lint-rule.js";
import type { ReportFinding } from "../../validate/rule.js";

const DOCUMENT_ID = "specforge:document";
const OPTIONS = {
  strict: false,
  validateSchema: false,
  validateFormats: false,
  logger: false,
  allErrors: false,
} as const;

/** One example and the schema (a pointer into the document) it must match. */
interface ExampleSite {
  value: unknown;
  at: string[];
  schemaAt: string[];
}

/** Reports examples that their schema rejects. */
export const exampleMismatchRule: LintRule = {
  code: "example-mismatch",
  defaultSeverity: "warning",
  summary: "an example does not match its schema",
  check(document, report) {
    const sites = collectExamples(document);
    if (sites.length === 0) return;
    const draft2020 = typeof document["openapi"] === "string" && document["openapi"].startsWith("3.1");
    const ajv = draft2020 ? new ajv2020.default(OPTIONS) : new ajvDraft04.default(OPTIONS);
    ajv.addSchema(structuredClone(document), DOCUMENT_ID);
    for (const site of sites) checkExample(ajv, site, report);
  },
};

type Validator = {
  getSchema: (id: string) => unknown;
  compile: (schema: object) => ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
};

function checkExample(ajv: Validator, site: ExampleSite, report: ReportFinding): void {
  let validate;
  try {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${encodeURI(toPointer(site.schemaAt))}` });
  } catch {
    return;
  }
  if (validate(site.value)) return;
  const error = validate.errors?.[0];
  const where = error?.instancePath ? ` at ${error.instancePath}` : "";
  report({
    at: site.at,
    message: `example does not match its schema (#${toPointer(site.schemaAt)})${where}: ${error?.message ?? "invalid"}`,
  });
}

/** Examples of schemas (`example`, 3.1 `examples` lists), parameters and media types (`example`, `examples.*.value`). */
function collectExamples(document: JsonObject): ExampleSite[] {
  const out: ExampleSite[] = [];
  for (const { schema, at } of collectSchemaSites(document)) {
    if ("example" in schema) out.push({ value: schema["example"], at: [...at, "example"], schemaAt: at });
    const list = schema["examples"];
    if (Array.isArray(list))
      list.forEach((value, i) => out.push({ value, at: [...at, "examples", String(i)], schemaAt: at }));
  }
  const holders: { node: JsonObject; at: string[] }[] = [];
  for (const { operation, at, pathItem } of collectOperations(document)) {
    for (const owner of [
      { node: pathItem.item, at: pathItem.at },
      { node: operation, at },
    ]) {
      for (const entry of parameterEntries(document, owner.node, owner.at))
        holders.push({ node: entry.parameter, at: entry.definedAt });
    }
    for (const [key, node] of Object.entries({ requestBody: operation["requestBody"], ...responsesOf(operation) })) {
      const resolved = resolveRefs(document, node, [...at, ...key.split("\u0000")]);
      if (!resolved || !isJsonObject(resolved.node) || !isJsonObject(resolved.node["content"])) continue;
      for (const [media, entry] of Object.entries(resolved.node["content"]))
        if (isJsonObject(entry)) holders.push({ node: entry, at: [...resolved.at, "content", media] });
    }
  }
  for (const holder of holders) out.push(...holderExamples(document, holder));
  return out;
}

function responsesOf(operation: JsonObject): Record<string, unknown> {
  const responses = operation["responses"];
  if (!isJsonObject(responses)) return {};
  return Object.fromEntries(Object.entries(responses).map(([status, r]) => [`responses\u0000${status}`, r]));
}

function holderExamples(document: JsonObject, holder: { node: JsonObject; at: string[] }): ExampleSite[] {
  if (!isJsonObject(holder.node["schema"])) return [];
  const schemaAt = [...holder.at, "schema"];
  const out: ExampleSite[] = [];
  if ("example" in holder.node) out.push({ value: holder.node["example"], at: [...holder.at, "example"], schemaAt });
  const examples = holder.node["examples"];
  if (!isJsonObject(examples)) return out;
  for (const [name, node] of Object.entries(examples)) {
    const resolved = resolveRefs(document, node, [...holder.at, "examples", name]);
    if (resolved && isJsonObject(resolved.node) && "value" in resolved.node)
      out.push({ value: resolved.node["value"], at: [...resolved.at, "value"], schemaAt });
  }
  return out;
}
