/** The folder a spec path names: where its files, changelog and derived spec live. */
import path from "node:path";
import { resolveSpecFile } from "./spec-file.js";

/** The spec file's folder, or the path itself when no spec file is found there. */
export async function resolveSpecFolder(specPath: string): Promise<string> {
  const file = await resolveSpecFile(specPath);
  return file ? path.dirname(file) : path.resolve(specPath);
}
