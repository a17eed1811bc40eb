/** The folders of a specs directory: what generate-all and lint-all go through, one package per folder. */
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every folder of `specsDir`, sorted; undefined when `specsDir` does not exist. */
export async function specFolders(specsDir: string): Promise<string[] | undefined> {
  const entries = await readdir(specsDir, { withFileTypes: true }).catch(() => undefined);
  return entries
    ?.filter((e) => e.isDirectory())
    .map((e) => path.join(specsDir, e.name))
    .sort();
}
