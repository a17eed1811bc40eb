/** `specforge import-wadl`: WADL (+ XSD, + overlay) → an OpenAPI file, written only when the whole conversion succeeds. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { deriveOpenApi } from "./load/wadl/derive-openapi.js";
import { attachCodeFrames, formatReport } from "./report.js";

/** Runs the conversion and reports like the other commands; returns the exit code (0 written, 1 invalid input). */
export async function importWadl(
  options: { wadlPath: string; outPath: string; overlayPath?: string },
  io: { err: (s: string) => void },
): Promise<number> {
  const derived = await deriveOpenApi({
    wadlPath: options.wadlPath,
    rootDir: path.dirname(path.resolve(options.wadlPath)),
    ...(options.overlayPath !== undefined ? { overlayPath: options.overlayPath } : {}),
  });
  if (!derived.ok) {
    io.err(formatReport(attachCodeFrames(derived.diagnostics, derived.files)));
    io.err(`✗ ${options.wadlPath}: not converted (nothing was written)\n`);
    return 1;
  }
  await mkdir(path.dirname(path.resolve(options.outPath)), { recursive: true });
  await writeFile(options.outPath, derived.text);
  io.err(`✓ ${options.wadlPath}: wrote ${options.outPath}\n`);
  return 0;
}
