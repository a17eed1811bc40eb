/**
 * The write half of the version source, for the review tool's semver decision (issue 7): records a new release at
 * the top of a spec's `x-specforge-releases`, keeping the rest of the file (comments, order, quoting) as it was.
 */
import { readFile, writeFile } from "node:fs/promises";
import { isMap, isSeq, parseDocument } from "yaml";
import { compareVersions, declaredPackageVersion, RELEASES_EXTENSION, SEMVER_PATTERN, type Release } from "./releases.js";

/** Adds `release` as the newest entry of the spec file's release history; refuses a version that is not newer. */
export async function recordRelease(specPath: string, release: Release): Promise<void> {
  if (!new RegExp(SEMVER_PATTERN).test(release.version)) throw new Error(`not a semantic version: ${JSON.stringify(release.version)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(release.date)) throw new Error(`release date must be YYYY-MM-DD: ${JSON.stringify(release.date)}`);
  if (release.changes.length === 0) throw new Error("a release needs at least one change");
  const text = await readFile(specPath, "utf8");
  const entry = { version: release.version, date: release.date, changes: [...release.changes] };
  await writeFile(specPath, /\.json$/i.test(specPath) ? withReleaseJson(text, entry) : withReleaseYaml(text, entry));
}

function assertNewer(current: string | undefined, next: string): void {
  if (current !== undefined && compareVersions(next, current) <= 0) throw new Error(`version ${next} is not newer than the current ${current}`);
}

function withReleaseJson(text: string, entry: Release): string {
  const document = JSON.parse(text) as Record<string, unknown>;
  assertNewer(declaredPackageVersion(document), entry.version);
  const list = Array.isArray(document[RELEASES_EXTENSION]) ? (document[RELEASES_EXTENSION] as unknown[]) : [];
  document[RELEASES_EXTENSION] = [entry, ...list];
  return `${JSON.stringify(document, null, 2)}\n`;
}

function withReleaseYaml(text: string, entry: Release): string {
  const document = parseDocument(text);
  if (!isMap(document.contents)) throw new Error("the spec's root is not a mapping");
  assertNewer(declaredPackageVersion(document.toJS() as Record<string, unknown>), entry.version);
  const list = document.get(RELEASES_EXTENSION);
  const node = document.createNode(entry);
  if (isSeq(list)) list.items.unshift(node);
  else document.set(RELEASES_EXTENSION, document.createNode([entry]));
  return document.toString();
}
