/** Writes (or, with check, compares) the OpenAPI document derived from a WADL, next to the WADL. */
import { readFile, writeFile } from "node:fs/promises";
import type { FileChange } from "./write-package.js";

/** The change to the derived file (written, or found stale with check); undefined when it is up to date. */
export async function syncDerivedSpec(
  derived: { absolutePath: string; displayPath: string; text: string },
  options: { check: boolean },
): Promise<FileChange | undefined> {
  const existing = await readFile(derived.absolutePath, "utf8").catch(() => undefined);
  if (existing === derived.text) return undefined;
  if (!options.check) await writeFile(derived.absolutePath, derived.text);
  return { path: derived.displayPath, kind: existing === undefined ? "added" : "changed" };
}
