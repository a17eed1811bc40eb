/** Version decisions and changelog updates: table-driven. */
import { describe, expect, it } from "vitest";
import type { Change } from "../../generator/diff/change.js";
import { latestVersion } from "../../generator/release/changelog-file.js";
import { renderChangelogEntry, updateChangelog } from "../../generator/release/changelog-entry.js";
import { decideBump, nextVersion } from "../../generator/release/semver.js";

const change = (rule: string, cls: Change["class"], additive = false): Change => ({
  rule,
  class: cls,
  additive,
  message: `${rule} happened`,
  subject: "GET /x",
  base: null,
  head: null,
});

describe("semver", () => {
  it.each([
    { changes: [], bump: "none", from: "1.4.2", to: "1.4.2" },
    { changes: [change("request-constraint-loosened", "non-breaking")], bump: "patch", from: "1.4.2", to: "1.4.3" },
    { changes: [change("operation-added", "non-breaking", true)], bump: "minor", from: "1.4.2", to: "1.5.0" },
    { changes: [change("operation-deprecated", "non-breaking")], bump: "minor", from: "1.4.2", to: "1.5.0" },
    { changes: [change("request-default-changed", "potentially-breaking")], bump: "minor", from: "1.4.2", to: "1.5.0" },
    {
      changes: [change("operation-added", "non-breaking", true), change("operation-removed", "breaking")],
      bump: "major",
      from: "1.4.2",
      to: "2.0.0",
    },
    { changes: [change("operation-removed", "breaking")], bump: "major", from: "0.3.1", to: "0.4.0" },
    { changes: [change("operation-added", "non-breaking", true)], bump: "minor", from: "0.3.1", to: "0.3.2" },
    { changes: [change("request-constraint-loosened", "non-breaking")], bump: "patch", from: "0.3.1", to: "0.3.2" },
  ] as const)("$bump: $from → $to", ({ changes, bump, from, to }) => {
    expect(decideBump(changes)).toBe(bump);
    expect(nextVersion(from, decideBump(changes))).toBe(to);
  });

  it("refuses versions that are not major.minor.patch", () => {
    expect(() => nextVersion("1.2", "patch")).toThrow(/not major.minor.patch/);
  });
});

describe("changelog", () => {
  const entry = renderChangelogEntry("0.2.0", {
    spec: [
      change("operation-removed", "breaking"),
      change("operation-added", "non-breaking", true),
      change("request-constraint-loosened", "non-breaking"),
    ],
    surface: [change("method-removed", "breaking"), change("method-added", "non-breaking", true)],
  });

  it("renders breaking changes, additions and the rest, with spec text escaped", () => {
    expect(entry).toBe(
      "## 0.2.0\n\n### Breaking changes\n\n- GET /x: operation-removed happened (`operation-removed`)\n- GET /x: method-removed happened (`method-removed`)\n\n" +
        "### Added\n\n- GET /x: operation-added happened (`operation-added`)\n\n### Other changes\n\n- GET /x: request-constraint-loosened happened (`request-constraint-loosened`)\n",
    );
    const surfaceOnly = renderChangelogEntry("0.1.1", {
      spec: [],
      surface: [change("type-added", "non-breaking", true)],
    });
    expect(surfaceOnly).toBe("## 0.1.1\n\n### Added\n\n- GET /x: type-added happened (`type-added`)\n");
    const hostile = renderChangelogEntry("1.0.0", {
      spec: [{ ...change("operation-added", "non-breaking", true), message: "<img src=x> *bold*" }],
      surface: [],
    });
    expect(hostile).toContain("\\<img src=x\\> \\*bold\\*");
  });

  it.each([
    { name: "creates the file", current: undefined, base: "0.1.0", want: `# Changelog\n\n${entry}` },
    {
      name: "prepends above released versions",
      current: "# Changelog\n\n## 0.1.0\n\n- first\n",
      base: "0.1.0",
      want: `# Changelog\n\n${entry}\n## 0.1.0\n\n- first\n`,
    },
    {
      name: "replaces this change's own earlier entry",
      current: "# Changelog\n\n## 0.2.0\n\n- stale\n\n## 0.1.0\n\n- first\n",
      base: "0.1.0",
      want: `# Changelog\n\n${entry}\n## 0.1.0\n\n- first\n`,
    },
  ])("$name", ({ current, base, want }) => {
    const updated = updateChangelog(current, base, entry);
    expect(updated).toBe(want);
    expect(latestVersion(updated)).toBe("0.2.0");
    expect(updateChangelog(updated, base, entry)).toBe(updated);
  });
});
