/**
 * Hostile specs that must be refused: each fails with a located diagnostic in the spec folder, within the test's
 * 5-second budget, without reading anything outside the spec folder (every fs call is traced, and a sentinel file
 * next to the folder must never be read) and without writing anything (no output folder appears).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { generatePackage } from "../../generator/generate.js";
import { FAILING_CASES } from "./support/cases.js";
import { isInside, layOutCase, SENTINEL } from "./support/case-folder.js";
import { fsEvents, resetFsTrace } from "./support/fs-trace.js";

vi.mock("node:fs/promises", async (original) =>
  (await import("./support/fs-trace.js")).traceFsModule(await original<object>()),
);
vi.mock("node:fs", async (original) => (await import("./support/fs-trace.js")).traceFsModule(await original<object>()));

const ROOT = path.resolve("test/.out/hostile/failing");
/** The generator's own files, which it may read (runtime templates, its dependencies). */
const OWN_FILES = ["generator", "templates", "node_modules"].map((dir) => path.resolve(dir));
/** Characters a terminal or editor would act on instead of showing. */
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe.each(FAILING_CASES)("hostile spec $name", ({ name, source, code, symlinks }) => {
  it(
    "fails with a located diagnostic, reads nothing outside its folder and writes nothing",
    { timeout: 5_000 },
    async () => {
      const folder = await layOutCase(path.join(ROOT, name), source, symlinks);
      resetFsTrace();
      const result = await generatePackage({ specPath: folder.spec, outDir: folder.out, noCache: true });
      const events = [...fsEvents];

      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      for (const d of result.diagnostics) {
        expect(isInside(d.location.file, folder.spec), `${d.location.file} is in the spec folder`).toBe(true);
        expect(d.location.line).toBeGreaterThanOrEqual(1);
        expect(d.location.column).toBeGreaterThanOrEqual(1);
        const shown = formatDiagnostic(d);
        expect(shown).toMatch(/^\S+:\d+:\d+ {2}\S+ {2}/);
        expect(shown).not.toContain(SENTINEL);
        expect(shown, "diagnostics show control and bidi characters escaped").not.toMatch(RAW_CONTROLS);
      }
      expect(existsSync(folder.out), "no output folder").toBe(false);
      expect(events.filter((e) => e.kind === "write")).toEqual([]);
      const outside = events.filter(
        (e) => !isInside(e.path, folder.spec) && !OWN_FILES.some((own) => isInside(e.path, own)),
      );
      expect(outside, "fs calls outside the spec folder").toEqual([]);
    },
  );
});
