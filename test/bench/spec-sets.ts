/**
 * The "all providers together" inputs: the real providers in specs/ when there are any, and a clearly
 * labelled stand-in (test/fixtures, else the valid specs of test/diagnostics) staged as one folder per spec.
 */
import { cp, mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";

/** A folder generate-all can run over (`--specs`). */
export interface SpecSet {
  label: string;
  specsDir: string;
  ids: string[];
  /** True when the set only stands in for the providers. */
  standIn: boolean;
  /** Where the output root copy starts from (generated/ for the real providers), if anywhere. */
  seedOutRoot?: string;
}

/** A spec file generate-all reads in a provider folder. */
export const SPEC_FILE = /^(openapi|swagger)\.(ya?ml|json)$|\.wadl$/i;
const LOOSE_SPEC = /\.(ya?ml|json)$/i;

/** The providers of specs/ (every folder, as generate-all sees them), or undefined when there are none. */
export async function findProviderSet(root: string): Promise<SpecSet | undefined> {
  const specsDir = path.join(root, "specs");
  const ids = (await readdir(specsDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (ids.length === 0) return undefined;
  return {
    label: `providers in specs/ (${ids.join(", ")})`,
    specsDir,
    ids,
    standIn: false,
    seedOutRoot: path.join(root, "generated"),
  };
}

/** Stages a stand-in set under `workDir`: test/fixtures' specs if it has any, else test/diagnostics/valid-*. */
export async function stageStandInSet(root: string, workDir: string): Promise<SpecSet | undefined> {
  const target = path.join(workDir, "stand-in-specs");
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const fixtures = path.join(root, "test", "fixtures");
  let ids = await stageFolder(fixtures, target, { looseFiles: true });
  let label = "stand-in: test/fixtures";
  if (ids.length === 0) {
    const diagnostics = path.join(root, "test", "diagnostics");
    ids = await stageFolder(diagnostics, target, { looseFiles: false, only: (name) => name.startsWith("valid-") });
    label = "stand-in: test/diagnostics/valid-*";
  }
  if (ids.length === 0) return undefined;
  return { label: `${label} (${ids.length} spec${ids.length === 1 ? "" : "s"})`, specsDir: target, ids, standIn: true };
}

/** Drops ids generate-all reported as failed (`✗ <id>:`), so the stand-in times only specs that generate. */
export async function dropFailedSpecs(set: SpecSet, stderr: string): Promise<string[]> {
  const failed = set.ids.filter((id) => stderr.includes(`✗ ${id}:`));
  for (const id of failed) await rm(path.join(set.specsDir, id), { recursive: true, force: true });
  set.ids = set.ids.filter((id) => !failed.includes(id));
  return failed;
}

async function stageFolder(
  source: string,
  target: string,
  options: { looseFiles: boolean; only?: (name: string) => boolean },
): Promise<string[]> {
  const entries = (await readdir(source, { withFileTypes: true }).catch(() => [])).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  const ids: string[] = [];
  for (const entry of entries) {
    if (options.only && !options.only(entry.name)) continue;
    const from = path.join(source, entry.name);
    if (entry.isDirectory()) {
      const files = await readdir(from).catch(() => []);
      if (!files.some((f) => SPEC_FILE.test(f))) continue;
      await cp(from, path.join(target, entry.name), { recursive: true });
      ids.push(entry.name);
    } else if (options.looseFiles && entry.isFile() && LOOSE_SPEC.test(entry.name)) {
      const id = entry.name.replace(LOOSE_SPEC, "");
      const ext = LOOSE_SPEC.exec(entry.name)![1]!.toLowerCase();
      await mkdir(path.join(target, id), { recursive: true });
      await cp(from, path.join(target, id, `openapi.${ext}`));
      ids.push(id);
    }
  }
  return ids;
}
