/**
 * `x-specforge-conditions`: a schema that describes filter conditions on a record is typed `Conditions<Record>`, so
 * its keys are the record's fields (one nested level) with optional operators, not a plain string index.
 */
import { transformSchemaObject, type SchemaObject, type TransformNodeOptions } from "openapi-typescript";
import ts from "typescript";

/** The runtime type name the schema types refer to (imported into types.ts when used). */
export const CONDITIONS_TYPE = "Conditions";

/** `Conditions<components["schemas"]["Person"]>` for a schema with `x-specforge-conditions: { fields: { $ref } }`. */
export function conditionsType(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  const extension = (schema as Record<string, unknown>)["x-specforge-conditions"];
  if (extension === null || typeof extension !== "object") return undefined;
  const fields = (extension as Record<string, unknown>)["fields"];
  if (fields === null || typeof fields !== "object" || typeof (fields as Record<string, unknown>)["$ref"] !== "string")
    return undefined;
  const record = transformSchemaObject({ $ref: (fields as { $ref: string }).$ref } as unknown as SchemaObject, options);
  return ts.factory.createTypeReferenceNode(CONDITIONS_TYPE, [record]);
}
