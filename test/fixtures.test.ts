/**
 * Feature fixtures: one spec per feature in test/fixtures (a file, or a folder for multi-file specs). Every
 * emitted file (and any warnings) is compared with a file snapshot, generation is deterministic, and all fixture
 * packages type-check together with the usage files in test/fixtures/typecheck, which assert the types with
 * `@ts-expect-error` lines — under the strictest settings and under plain `strict`.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../generator/pipeline/generated-file.js";
import { formatWarnings, listFixtures, listSnapshotFiles } from "./support/fixture-files.js";
import { generateInMemory, STRICT_OPTIONS, typeCheck, writeTestPackage } from "./support/generate.js";

const FIXTURE_DIR = path.resolve("test/fixtures");
const TYPECHECK_DIR = path.join(FIXTURE_DIR, "typecheck");
const WARNINGS_FILE = "warnings.txt";
const fixtures = listFixtures(FIXTURE_DIR);

const written: string[] = [];
const firstRun = new Map<string, GeneratedFile[]>();

describe.each(fixtures)("fixture $name", ({ name, spec }) => {
  const snapshotDir = path.join(FIXTURE_DIR, "__snapshots__", name);

  it("generates without diagnostics and matches its snapshots", async () => {
    const result = await generateInMemory(spec, { id: name });
    firstRun.set(name, result.files);
    expect(
      result.diagnostics.map(
        (d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.code} ${d.message}`,
      ),
    ).toEqual([]);
    const snapshots = result.files.filter((f) => !f.path.startsWith("src/runtime/"));
    expect(snapshots.map((f) => f.path)).toContain("src/index.ts");
    for (const file of snapshots) await expect(file.content).toMatchFileSnapshot(path.join(snapshotDir, file.path));
    if (result.warnings.length > 0)
      await expect(formatWarnings(result.warnings)).toMatchFileSnapshot(path.join(snapshotDir, WARNINGS_FILE));
    const expected = new Set([...snapshots.map((f) => f.path), ...(result.warnings.length > 0 ? [WARNINGS_FILE] : [])]);
    expect(
      listSnapshotFiles(snapshotDir).filter((f) => !expected.has(f)),
      "stale snapshot files: delete them",
    ).toEqual([]);
    written.push(await writeTestPackage(`fixtures/${name}`, result.files));
  });

  it("generates byte-identical output a second time", async () => {
    const again = await generateInMemory(spec, { id: name });
    expect(firstRun.get(name)).toBeDefined();
    expect(again.files).toEqual(firstRun.get(name));
  });
});

describe("fixture packages", () => {
  beforeAll(() => {
    expect(written.length).toBe(fixtures.length);
  });

  const settings: [string, typeof STRICT_OPTIONS][] = [
    ["strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes", STRICT_OPTIONS],
    ["plain strict", { ...STRICT_OPTIONS, noUncheckedIndexedAccess: false, exactOptionalPropertyTypes: false }],
  ];
  // One TypeScript program over every fixture package: ~30 s on a quiet 2-core machine, several times that under
  // load, so the limit only guards against a hang.
  it.each(settings)(
    "type-check with the usage files under %s",
    (_label, options) => {
      expect(typeCheck([...written, TYPECHECK_DIR], options)).toEqual([]);
    },
    300_000,
  );
});
