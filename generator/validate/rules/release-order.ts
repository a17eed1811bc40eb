/** The release history is newest first, so its first entry is the package version: versions must strictly decrease. */
import { compareVersions, readReleases, RELEASES_EXTENSION, SEMVER_PATTERN } from "../../release/releases.js";
import type { SemanticRule } from "../rule.js";

const SEMVER = new RegExp(SEMVER_PATTERN);

/** Reports a release whose version is not lower than the one listed before it (duplicates included). */
export const releaseOrderRule: SemanticRule = {
  code: "release-order",
  check(document, report) {
    const releases = readReleases(document);
    // Entries of the wrong shape are the extension schema's to report; positions would not line up here.
    if (!Array.isArray(document[RELEASES_EXTENSION]) || document[RELEASES_EXTENSION].length !== releases.length) return;
    for (let i = 1; i < releases.length; i++) {
      const [newer, older] = [releases[i - 1]!, releases[i]!];
      if (!SEMVER.test(newer.version) || !SEMVER.test(older.version)) continue;
      if (compareVersions(newer.version, older.version) > 0 && newer.date >= older.date) continue;
      report({
        at: [RELEASES_EXTENSION, String(i), "version"],
        message: `release ${older.version} (${older.date}) is listed after ${newer.version} (${newer.date}); list releases newest first, each with a higher version and a date not earlier than the next one's`,
      });
    }
  },
};
