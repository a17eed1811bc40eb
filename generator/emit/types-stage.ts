/** Types stage: openapi-typescript's text for the spec, computed by the run's schema-types service (a worker). */
import { deriveRpcSchemas } from "../normalize/rpc-schemas.js";
import type { CheckedSpec, SchemaTypes } from "../pipeline/artifacts.js";
import type { RunContext } from "../pipeline/run-context.js";

/** The schema types of the document the IR was built from (RPC functions' schemas included). */
export async function typesStage(input: { checked: CheckedSpec }, context: RunContext): Promise<SchemaTypes> {
  return { text: await context.schemaTypes(deriveRpcSchemas(input.checked.spec.document).document) };
}
