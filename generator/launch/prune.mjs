// Removes the bundle folders of other generator sources once they are a day old (a run still using one is long
// finished by then), so editing the generator does not fill node_modules/.cache.
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes `cli-*` folders in `cacheDir` other than `current` that are older than a day. */
export function pruneOldBundles(cacheDir, current) {
  const dayAgo = Date.now() - DAY_MS;
  for (const name of readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, name);
    if (!name.startsWith("cli-") || dir === current) continue;
    try {
      if (statSync(dir).mtimeMs < dayAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}
