/** The version source: semver ordering, validation of `x-specforge-releases`, and `recordRelease` (the review tool's seam). */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordRelease } from "../../generator/release/record-release.js";
import { compareVersions, readReleases } from "../../generator/release/releases.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { validateSemantics } from "../../generator/validate/validate-document.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "specforge-releases-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const SPEC_HEAD = "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n";

/** Writes a spec with the given releases block and returns its semantic diagnostics as `line:col code message`. */
async function diagnosticsFor(name: string, releases: string): Promise<string[]> {
  const file = path.join(dir, `${name}.yaml`);
  await writeFile(file, `${SPEC_HEAD}${releases}`);
  const loaded = await loadSpec(file);
  if (!loaded.ok) throw new Error(`cannot load ${name}`);
  return validateSemantics(loaded.spec).map((d) => `${d.location.line}:${d.location.column} ${d.code} ${d.message}`);
}

describe("compareVersions", () => {
  it.each([
    ["1.0.0", "1.0.1", -1],
    ["2.0.0", "1.99.99", 1],
    ["1.0.0-alpha", "1.0.0", -1],
    ["1.0.0-alpha.1", "1.0.0-alpha.beta", -1],
    ["1.0.0-2", "1.0.0-10", -1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1],
    ["1.0.0+build.1", "1.0.0+build.2", 0],
  ])("%s vs %s → %i", (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
    expect(compareVersions(b, a)).toBe(-want || 0);
  });

  it("refuses what is not a semantic version", () => {
    expect(() => compareVersions("1.0", "1.0.0")).toThrow(/not a semantic version: "1.0"/);
  });
});

describe("x-specforge-releases validation", () => {
  it("accepts a list that is newest first", async () => {
    const block = "x-specforge-releases:\n  - { version: 1.1.0, date: '2026-02-01', changes: [More.] }\n  - { version: 1.0.0, date: '2026-01-01', changes: [First.] }\n";
    expect(await diagnosticsFor("good", block)).toEqual([]);
  });

  it("reports an entry out of order, located", async () => {
    const block = "x-specforge-releases:\n  - { version: 1.0.0, date: '2026-01-01', changes: [First.] }\n  - { version: 1.1.0, date: '2026-02-01', changes: [More.] }\n";
    expect(await diagnosticsFor("order", block)).toEqual([
      "6:16 release-order release 1.1.0 (2026-02-01) is listed after 1.0.0 (2026-01-01); list releases newest first, each with a higher version and a date not earlier than the next one's",
    ]);
  });

  it.each([
    ["{ version: v1, date: '2026-01-01', changes: [x] }", /5:16 invalid-extension x-specforge-releases: .*version must match pattern/],
    ["{ version: 1.0.0, date: '2026-13-01', changes: [x] }", /5:29 invalid-extension x-specforge-releases: .*date must match pattern/],
    ["{ version: 1.0.0, date: '2026-01-01', changes: [] }", /5:52 invalid-extension x-specforge-releases: .*changes must NOT have fewer than 1 items/],
  ])("reports %s through the extension schema, located", async (entry, want) => {
    const found = await diagnosticsFor("shape", `x-specforge-releases:\n  - ${entry}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(want);
  });
});

describe("recordRelease", () => {
  it("adds the newest release on top and keeps the rest of a YAML spec as written", async () => {
    const file = path.join(dir, "record.yaml");
    await writeFile(file, `${SPEC_HEAD}# keep me\nx-specforge-releases:\n  - version: 1.0.0 # first\n    date: "2026-01-01"\n    changes:\n      - First.\n`);
    await recordRelease(file, { version: "1.1.0", date: "2026-02-01", changes: ["Added `books.update()`."] });
    const text = await readFile(file, "utf8");
    expect(text).toContain("# keep me\n");
    expect(text).toContain("version: 1.0.0 # first");
    const loaded = await loadSpec(file);
    if (!loaded.ok) throw new Error("cannot load");
    expect(readReleases(loaded.spec.document).map((r) => r.version)).toEqual(["1.1.0", "1.0.0"]);
    expect(validateSemantics(loaded.spec)).toEqual([]);
  });

  it("starts the list in a spec without one, JSON included", async () => {
    const file = path.join(dir, "record.json");
    await writeFile(file, JSON.stringify({ openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {} }));
    await recordRelease(file, { version: "0.1.0", date: "2026-01-01", changes: ["First."] });
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ "x-specforge-releases": [{ version: "0.1.0", date: "2026-01-01", changes: ["First."] }] });
  });

  it("refuses a version that is not newer, and malformed releases, without touching the file", async () => {
    const file = path.join(dir, "refuse.yaml");
    const before = `${SPEC_HEAD}x-specforge-releases:\n  - { version: 1.0.0, date: '2026-01-01', changes: [First.] }\n`;
    await writeFile(file, before);
    await expect(recordRelease(file, { version: "1.0.0", date: "2026-02-01", changes: ["Again."] })).rejects.toThrow(/1.0.0 is not newer than the current 1.0.0/);
    await expect(recordRelease(file, { version: "1.1", date: "2026-02-01", changes: ["x"] })).rejects.toThrow(/not a semantic version/);
    await expect(recordRelease(file, { version: "1.1.0", date: "1 Feb", changes: ["x"] })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(recordRelease(file, { version: "1.1.0", date: "2026-02-01", changes: [] })).rejects.toThrow(/at least one change/);
    expect(await readFile(file, "utf8")).toBe(before);
  });
});
