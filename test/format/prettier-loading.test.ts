/**
 * Generating loads prettier only for Markdown the layout leaves to it: a CLI run is traced module by module, once
 * for a spec whose README the layout handles, once for a description with a strikethrough (which it does not).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/format/format-files.js";
import { rawReadme } from "../support/raw-readme.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "specforge-prettier-loading-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Generates the spec with the module tracer; returns the resolved module URLs and the README written. */
function generateTraced(spec: string, name: string): { modules: string[]; readme: string } {
  const trace = path.join(tmp, `${name}.trace`);
  const out = path.join(tmp, `${name}-out`);
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      path.resolve("test/support/module-trace.mjs"),
      path.resolve("generator/bin.mjs"),
      "generate",
      spec,
      "--out",
      out,
      "--no-cache",
    ],
    { encoding: "utf8", timeout: 120_000, env: { ...process.env, MODULE_TRACE_FILE: trace } },
  );
  expect(result.status, result.stderr).toBe(0);
  return {
    modules: readFileSync(trace, "utf8").split("\n"),
    readme: readFileSync(path.join(out, "README.md"), "utf8"),
  };
}

const loadsPrettier = (modules: readonly string[]): boolean =>
  modules.some((url) => url.includes("/node_modules/prettier/"));

describe("prettier on the generate path", () => {
  it("is not loaded when the layout handles the whole README", () => {
    const { modules } = generateTraced(path.resolve("test/cli/specs/petstore"), "plain");
    // The tracer sees the launcher's modules (the generator and TypeScript come from code-cached bundles, not Node's
    // loader); prettier, when needed, is imported through Node's loader and would show here.
    expect(modules.some((url) => url.includes("/generator/launch/"))).toBe(true);
    expect(loadsPrettier(modules)).toBe(false);
  });

  it("is loaded for a description the layout leaves to it, and gives prettier's README", async () => {
    const spec = path.join(tmp, "strike");
    cpSync(path.resolve("test/cli/specs/petstore"), spec, { recursive: true });
    const file = path.join(spec, "openapi.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("description: A sample */ API", "description: A ~~struck~~ API"),
    );
    const { modules, readme } = generateTraced(spec, "strike");
    expect(loadsPrettier(modules)).toBe(true);
    const raw = (await rawReadme(spec, "strike"))!;
    expect(readme).toContain("A ~~struck~~ API");
    expect(readme).toBe(await prettier.format(raw, { ...PRETTIER_OPTIONS, parser: "markdown" }));
  });
});
