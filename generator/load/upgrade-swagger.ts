/** Swagger 2.0 documents are upgraded to OpenAPI 3.0 on load (by swagger2openapi), so later stages see one format. */
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "./load-spec.js";

type Converter = { convertObj(doc: unknown, options: Record<string, unknown>): Promise<Record<string, unknown>> };

/** Where Swagger 2.0 sections land in OpenAPI 3.0, so diagnostics still point into the source. */
const SECTION_RENAMES: [string[], string[]][] = [
  [["definitions"], ["components", "schemas"]],
  [["parameters"], ["components", "parameters"]],
  [["responses"], ["components", "responses"]],
  [["securityDefinitions"], ["components", "securitySchemes"]],
];

export type UpgradeResult = { ok: true; spec: LoadedSpec } | { ok: false; diagnostics: Diagnostic[] };

/** Returns OpenAPI 3.x specs unchanged and converts Swagger 2.0 ones. */
export async function upgradeSpec(spec: LoadedSpec): Promise<UpgradeResult> {
  if (spec.version !== "2.0") return { ok: true, spec };
  const { default: converter } = (await import("swagger2openapi")) as unknown as { default: Converter };
  try {
    const document = await converter.convertObj(structuredClone(spec.document), {
      patch: true,
      warnOnly: true,
      resolve: false,
      direct: true,
      text: "-",
    });
    for (const [from, to] of SECTION_RENAMES) spec.sources.addRename(from, to);
    spec.sources.setDocument(document);
    return { ok: true, spec: { ...spec, document, version: "3.0" } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: "swagger-upgrade-failed",
          message: `cannot upgrade Swagger 2.0 to OpenAPI 3: ${message}`,
          location: spec.sources.locate(""),
        },
      ],
    };
  }
}
