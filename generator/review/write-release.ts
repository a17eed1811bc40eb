/** Applies a review's version decision: the spec folder's CHANGELOG.md gets the entry, the package is regenerated. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CommandIo } from "../diff/diff-command.js";
import { generatePackage } from "../generate.js";
import { CHANGELOG_FILE } from "../release/changelog-file.js";
import { renderChangelogEntry, updateChangelog } from "../release/changelog-entry.js";
import { setLockfileVersion } from "./lockfile-version.js";
import type { ProviderReview } from "./review-provider.js";

/** Writes the changelog entry and regenerates `outRoot/<id>` for a changed provider; others are left alone. */
export async function writeRelease(
  review: ProviderReview,
  roots: { specsDir: string; outRoot: string },
  io: CommandIo,
): Promise<void> {
  if (review.status !== "changed" || review.bump === "none") return;
  const specDir = path.join(roots.specsDir, review.id);
  const file = path.join(specDir, CHANGELOG_FILE);
  const current = await readFile(file, "utf8").catch(() => undefined);
  const entry = renderChangelogEntry(review.nextVersion, { spec: review.spec, surface: review.surface });
  const updated = updateChangelog(current, review.baseVersion, entry);
  if (updated !== current) await writeFile(file, updated);
  const outDir = path.join(roots.outRoot, review.id);
  const result = await generatePackage({ specPath: specDir, outDir, id: review.id });
  const workspace = path.relative(process.cwd(), outDir).split(path.sep).join("/");
  if (await setLockfileVersion("package-lock.json", workspace, review.nextVersion))
    io.err(`  package-lock.json: ${workspace} is now ${review.nextVersion}\n`);
  const state =
    result.diagnostics.length > 0
      ? `not regenerated (${result.diagnostics.length} problem(s); run npm run generate)`
      : `${outDir} regenerated`;
  io.err(`✓ ${review.id}: ${review.baseVersion} → ${review.nextVersion} (${review.bump}); ${file} updated; ${state}\n`);
}
