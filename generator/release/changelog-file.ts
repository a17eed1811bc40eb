/**
 * A provider's release history: `specs/<provider>/CHANGELOG.md`, written by `specforge review` and copied into the
 * generated package. Its newest `## x.y.z` heading is the package version, so generated/ stays a pure function of specs/.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The file name, in the spec folder and in the package. */
export const CHANGELOG_FILE = "CHANGELOG.md";

const VERSION_HEADING = /^##\s+\[?(\d+\.\d+\.\d+)\]?\s*$/m;

/** The newest version a changelog records (its first `## x.y.z` heading), or undefined. */
export function latestVersion(changelog: string | undefined): string | undefined {
  return changelog?.match(VERSION_HEADING)?.[1];
}

/** The changelog of a spec folder, or undefined when it has none. */
export async function readSpecChangelog(specDir: string): Promise<string | undefined> {
  return readFile(path.join(specDir, CHANGELOG_FILE), "utf8").catch(() => undefined);
}
