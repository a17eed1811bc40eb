/** Finding a spec's main file; kept free of parser imports so a cache hit never loads them. */
import { stat } from "node:fs/promises";
import path from "node:path";

/** File names looked for in a spec folder, in order (a WADL first: its folder's openapi.yaml is derived from it). */
export const SPEC_FILE_NAMES = [
  "api.wadl",
  "openapi.yaml",
  "openapi.yml",
  "openapi.json",
  "swagger.yaml",
  "swagger.yml",
  "swagger.json",
];

/** Finds the spec file of a folder (openapi.yaml, …) or accepts a file path as it is. */
export async function resolveSpecFile(specPath: string): Promise<string | undefined> {
  const info = await stat(specPath).catch(() => undefined);
  if (!info) return undefined;
  if (info.isFile()) return path.resolve(specPath);
  for (const name of SPEC_FILE_NAMES) {
    const candidate = path.resolve(specPath, name);
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
  }
  return undefined;
}
