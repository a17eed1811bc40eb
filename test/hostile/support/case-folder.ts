/** Lays out a hostile case on disk: the spec folder, a secret sentinel just outside it, and where output would go. */
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CaseSource } from "./cases.js";

/** Text that only the sentinel file holds: if it shows up anywhere, something read outside the spec folder. */
export const SENTINEL = "SENTINEL-7f3a9c-outside-the-spec-folder";

/** The committed corpus. */
export const SPECS_DIR = path.resolve("test/hostile/specs");

/** Paths of one laid-out case. */
export interface CaseFolder {
  root: string;
  spec: string;
  secret: string;
  out: string;
}

/**
 * Creates `<root>/spec` (the case's files, with `@SECRET_ABSOLUTE@` replaced by the sentinel's absolute path),
 * `<root>/secret.yaml` (a valid schema file holding the sentinel) and symlinks; `<root>/out` is left absent.
 */
export async function layOutCase(
  root: string,
  source: CaseSource,
  symlinks: Record<string, string> = {},
): Promise<CaseFolder> {
  const folder: CaseFolder = {
    root,
    spec: path.join(root, "spec"),
    secret: path.join(root, "secret.yaml"),
    out: path.join(root, "out"),
  };
  await rm(root, { recursive: true, force: true });
  await mkdir(folder.spec, { recursive: true });
  await writeFile(folder.secret, `components:\n  schemas:\n    Secret: { type: string, description: "${SENTINEL}" }\n`);
  if ("folder" in source) await cp(path.join(SPECS_DIR, source.folder), folder.spec, { recursive: true });
  else for (const [name, text] of Object.entries(source.files)) await writeFile(path.join(folder.spec, name), text);
  for (const file of await readdir(folder.spec, { recursive: true })) {
    const full = path.join(folder.spec, file);
    if (!/\.(ya?ml|json|wadl|xsd)$/.test(file)) continue;
    const text = await readFile(full, "utf8");
    if (text.includes("@SECRET_ABSOLUTE@")) await writeFile(full, text.replaceAll("@SECRET_ABSOLUTE@", folder.secret));
  }
  for (const [link, target] of Object.entries(symlinks)) await symlink(target, path.join(folder.spec, link));
  return folder;
}

/** True when `file` is `dir` or inside it. */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, path.resolve(file));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
