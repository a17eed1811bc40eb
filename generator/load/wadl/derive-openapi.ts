/** WADL spec folder → the derived OpenAPI document and its YAML text (what is written next to the WADL as openapi.yaml). */
import path from "node:path";
import { stringify } from "yaml";
import type { Diagnostic } from "../../diagnostics.js";
import type { JsonObject } from "../../json-value.js";
import { applyOverlay } from "../overlay/apply-overlay.js";
import { readLocalFile } from "../read-file.js";
import type { SourceFile } from "../source-file.js";
import { convertWadl } from "./convert-wadl.js";

/** The file names of a WADL spec folder. */
export const WADL_FILES = { entry: "api.wadl", overlay: "overlay.yaml", derived: "openapi.yaml" } as const;

export type DeriveResult =
  | { ok: true; document: JsonObject; text: string; files: SourceFile[] }
  | { ok: false; diagnostics: Diagnostic[]; files: SourceFile[] };

/** Converts `wadlPath` (grammar files only from `rootDir`), applies the overlay when given, and renders the YAML. */
export async function deriveOpenApi(options: {
  wadlPath: string;
  rootDir: string;
  overlayPath?: string;
}): Promise<DeriveResult> {
  const converted = await convertWadl(options.wadlPath, options.rootDir);
  if (!converted.ok) return converted;
  let document = converted.document;
  const files = [...converted.files];
  if (options.overlayPath !== undefined) {
    const read = await readLocalFile(
      path.resolve(options.overlayPath),
      path.dirname(path.resolve(options.overlayPath)),
    );
    if (!read.ok)
      return {
        ok: false,
        diagnostics: [
          {
            severity: "error",
            code: "overlay-not-readable",
            message: read.reason,
            location: { file: options.overlayPath, line: 1, column: 1, pointer: "" },
          },
        ],
        files,
      };
    files.push(read.file);
    const applied = applyOverlay(document, read.file);
    if (!applied.ok) return { ok: false, diagnostics: applied.diagnostics, files };
    document = applied.document;
  }
  const sources = [
    path.basename(options.wadlPath),
    ...(options.overlayPath !== undefined ? [path.basename(options.overlayPath)] : []),
  ];
  return { ok: true, document, text: renderDerived(document, sources), files };
}

/** YAML of a derived document, headed by a comment saying where it comes from and not to edit it. */
export function renderDerived(document: JsonObject, sources: readonly string[]): string {
  const header = `# Derived from ${sources.join(" + ")} by specforge. Do not edit: change the WADL, XSD or overlay and run \`npm run generate\`.\n`;
  return header + stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}
