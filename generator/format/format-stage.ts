/** Format stage: the emitted files in their final layout (only the README needs work; see format-files.ts). */
import type { PackageFiles } from "../pipeline/artifacts.js";
import { formatFiles } from "./format-files.js";

/** The package's files, formatted. */
export async function formatStage(input: { emitted: PackageFiles }): Promise<PackageFiles> {
  return { files: await formatFiles(input.emitted.files) };
}
