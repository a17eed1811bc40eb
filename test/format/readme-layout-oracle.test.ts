/**
 * Prettier is the oracle of the README layout: every README the suites can produce — the five providers, every
 * fixture, the hostile corpus, a fuzz sample and the bench's synthetic spec — formats to exactly what prettier
 * (pinned, PRETTIER_OPTIONS) makes of it. The providers' and the synthetic spec's READMEs are laid out without
 * prettier: no section of theirs is left to it.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import { formatMarkdown, PRETTIER_OPTIONS } from "../../generator/format/format-files.js";
import { layoutMarkdownSection } from "../../generator/format/markdown/layout-markdown.js";
import { splitReadmeSections } from "../../generator/format/markdown/readme-sections.js";
import { buildSyntheticSpec } from "../bench/synthetic-spec.js";
import { validSpec } from "../fuzz/spec-arbitraries.js";
import { layOutCase } from "../hostile/support/case-folder.js";
import { GENERATING_CASES } from "../hostile/support/cases.js";
import { listFixtures } from "../support/fixture-files.js";
import { rawReadme } from "../support/raw-readme.js";

const OUT = path.resolve("test/.out/readme-layout");
const FUZZ_SEED = 20_261_122;

interface Readme {
  name: string;
  markdown: string;
  /** The layout must handle every section itself. */
  withoutPrettier: boolean;
}
const readmes: Readme[] = [];

async function add(name: string, specPath: string, withoutPrettier: boolean): Promise<void> {
  const markdown = await rawReadme(specPath, name);
  if (markdown === undefined) throw new Error(`${name} did not load`);
  readmes.push({ name, markdown, withoutPrettier });
}

async function writeSpec(name: string, document: unknown): Promise<string> {
  const folder = path.join(OUT, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "openapi.json"), JSON.stringify(document));
  return folder;
}

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  const providers = (await readdir("specs", { withFileTypes: true })).filter((e) => e.isDirectory());
  for (const provider of providers.map((e) => e.name).sort()) await add(provider, path.join("specs", provider), true);
  for (const fixture of listFixtures(path.resolve("test/fixtures"))) await add(fixture.name, fixture.spec, false);
  for (const { name, source } of GENERATING_CASES) {
    const folder = await layOutCase(path.join(OUT, "hostile", name), source);
    await add(`hostile ${name}`, folder.spec, false);
  }
  const fuzzed = fc.sample(validSpec, { seed: FUZZ_SEED, numRuns: 12 });
  for (const [i, doc] of fuzzed.entries()) await add(`fuzz ${i}`, await writeSpec(`fuzz-${i}`, doc), false);
  const synthetic = buildSyntheticSpec({ operations: 120, schemas: 80 });
  await add("synthetic", await writeSpec("synthetic", synthetic), true);
}, 300_000);

describe("README layout against prettier", () => {
  it("covers the providers, fixtures, hostile corpus, fuzz sample and synthetic spec", () => {
    expect(readmes.length).toBeGreaterThanOrEqual(5 + 50 + GENERATING_CASES.length + 12 + 1);
  });

  it("formats every README exactly as prettier does", { timeout: 300_000 }, async () => {
    for (const { name, markdown } of readmes) {
      const expected = await prettier.format(markdown, { ...PRETTIER_OPTIONS, parser: "markdown" });
      expect(await formatMarkdown(markdown), name).toBe(expected);
    }
  });

  it("lays out the providers' and the synthetic spec's READMEs without prettier", () => {
    for (const { name, markdown } of readmes.filter((r) => r.withoutPrettier)) {
      const refused = splitReadmeSections(markdown).filter((section) => layoutMarkdownSection(section) === undefined);
      expect(
        refused.map((s) => s.slice(0, 40)),
        name,
      ).toEqual([]);
    }
  });
});
