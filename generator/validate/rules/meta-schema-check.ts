/**
 * Checks a schema against the JSON Schema 2020-12 meta-schema the way Ajv's `validateSchema` does, with the
 * meta-schemas compiled once to standalone code; only a `$schema` naming something else loads Ajv itself.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { createRequire } from "node:module";
import { dialectMetaSchemas, loadValidators, type ValidatorSetSpec, type Validators } from "../validator-cache.js";

const OPTIONS = { strict: false, validateFormats: false, logger: false };
const DEFAULT_META = "https://json-schema.org/draft/2020-12/schema";

/** The 2020-12 meta-schema and its vocabularies, by `$id`. */
export function metaSchemaValidatorSet(): ValidatorSetSpec {
  const documents = dialectMetaSchemas("2020-12");
  const ids = documents.map((d) => String((d as { $id?: unknown }).$id));
  return {
    name: "json-schema-2020-12",
    dialect: "2020-12",
    options: OPTIONS,
    schemas: [],
    exports: Object.fromEntries(ids.map((id) => [id, id])),
    documents,
  };
}

let validators: Validators | undefined;
let ajv: { validateSchema(schema: object): boolean | Promise<unknown>; errors?: ErrorObject[] | null } | undefined;

/** Whether the schema is valid against its meta-schema, and the errors when not; throws where Ajv would. */
export function checkAgainstMetaSchema(schema: object | boolean): { valid: boolean; errors: ErrorObject[] } {
  if (typeof schema === "boolean") return { valid: true, errors: [] };
  const declared = (schema as { $schema?: unknown }).$schema;
  const meta = declared === undefined || declared === "" ? DEFAULT_META : declared;
  validators ??= loadValidators(metaSchemaValidatorSet());
  const validate: ValidateFunction | undefined =
    typeof meta === "string" ? (validators[meta] ?? validators[meta.replace(/#$/, "")]) : undefined;
  if (validate) {
    const valid = validate(schema);
    return { valid, errors: validate.errors ?? [] };
  }
  // Another `$schema` (or not a string): Ajv itself says what happens.
  ajv ??= new (
    createRequire(import.meta.url)("ajv/dist/2020.js") as { default: new (o: object) => typeof ajv }
  ).default(OPTIONS)!;
  const valid = ajv.validateSchema(schema) === true;
  return { valid, errors: ajv.errors ?? [] };
}
