/**
 * Feature fixtures: one spec per feature in test/fixtures (a file, or a folder for multi-file specs). Every
 * emitted file is compared with a file snapshot, and all fixture packages type-check under strict settings.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInMemory, typeCheck, writeTestPackage } from "./support/generate.js";

const FIXTURE_DIR = path.resolve("test/fixtures");
const fixtures = readdirSync(FIXTURE_DIR, { withFileTypes: true })
  .filter((e) => (e.isFile() && /\.(ya?ml|json)$/.test(e.name)) || (e.isDirectory() && e.name !== "__snapshots__"))
  .map((e) => ({ name: e.name.replace(/\.(ya?ml|json)$/, ""), spec: path.join(FIXTURE_DIR, e.name) }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

const written: string[] = [];

describe.each(fixtures)("fixture $name", ({ name, spec }) => {
  it("generates without diagnostics and matches its snapshots", async () => {
    const result = await generateInMemory(spec);
    expect(result.diagnostics.map((d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.code} ${d.message}`)).toEqual([]);
    for (const file of result.files) {
      if (file.path.startsWith("src/runtime/")) continue;
      await expect(file.content).toMatchFileSnapshot(path.join(FIXTURE_DIR, "__snapshots__", name, file.path));
    }
    written.push(await writeTestPackage(`fixtures/${name}`, result.files));
  });
});

describe("fixture packages", () => {
  beforeAll(() => {
    expect(written.length).toBe(fixtures.length);
  });
  it("type-check with strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes", () => {
    expect(typeCheck(written)).toEqual([]);
  });
});
