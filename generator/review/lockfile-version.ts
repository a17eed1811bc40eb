/** Keeps package-lock.json's record of a generated workspace at the version the review decided, so `npm ci` agrees. */
import { readFile, writeFile } from "node:fs/promises";

/** Sets `packages[<workspace>].version` in the lockfile when it records that workspace; true when it changed. */
export async function setLockfileVersion(lockfile: string, workspace: string, version: string): Promise<boolean> {
  const text = await readFile(lockfile, "utf8").catch(() => undefined);
  if (text === undefined) return false;
  const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }> };
  const entry = lock.packages?.[workspace];
  if (!entry || entry.version === version) return false;
  entry.version = version;
  await writeFile(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
  return true;
}
