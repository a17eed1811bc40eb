/** The CLI launcher (generator/bin.mjs, generator/launch/): one TypeScript, code-cached bundles, lazy vendors. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { generatePackage } from "../../generator/generate.js";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CACHE = path.resolve("node_modules/.cache/specforge");
const TS_MARKER = /\bvar versionMajorMinor = "/g;

function run(args: string[]) {
  return spawnSync(process.execPath, [path.resolve("generator/bin.mjs"), ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
}

/** The newest complete bundle folder, which the run just before used. */
function newestBundleDir(): string {
  const dirs = readdirSync(CACHE)
    .filter((name) => name.startsWith("cli-") && existsSync(path.join(CACHE, name, "core.cjs")))
    .map((name) => path.join(CACHE, name));
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
}

describe("CLI launcher", () => {
  it("bundles one TypeScript compiler: ts-morph and openapi-typescript use the typescript bundle", () => {
    expect(run(["--help"]).status).toBe(0);
    const dir = newestBundleDir();
    const count = (file: string) => (readFileSync(path.join(dir, file), "latin1").match(TS_MARKER) ?? []).length;
    expect(count("vendor-typescript.cjs")).toBe(1);
    for (const file of ["core.cjs", "vendor-ts-morph.cjs", "vendor-openapi-typescript.cjs"])
      expect(count(file)).toBe(0);
    // ts-morph's in-memory lib files live in their own bundle, loaded only by a ts-morph Project.
    expect(readFileSync(path.join(dir, "vendor-ts-lib-files.cjs"), "latin1")).toContain("lib.es2022.d.ts");
    expect(readFileSync(path.join(dir, "vendor-ts-morph.cjs"), "latin1")).not.toContain('fileName: "lib.es2022.d.ts"');
  });

  it("keeps a V8 code cache next to each bundle a run loaded, and not for the ones it did not need", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    const dir = newestBundleDir();
    expect(existsSync(path.join(dir, "core.cjs.v8cache"))).toBe(true);
    const generated = run([
      "generate",
      "test/fixtures/enums-oas31.yaml",
      "--out",
      path.join("test", ".out", "launcher-enums"),
      "--no-cache",
    ]);
    expect(generated.stderr).toContain("file(s) written");
    for (const vendor of ["typescript", "openapi-typescript", "ts-morph"])
      expect(existsSync(path.join(dir, `vendor-${vendor}.cjs.v8cache`))).toBe(true);
    // No run of this test builds a ts-morph Project, so the lib files were never compiled into a cache.
    expect(existsSync(path.join(dir, "vendor-ts-lib-files.cjs.v8cache"))).toBe(false);
  });

  it("writes the same package with schema types from its worker thread as the pipeline does in one thread", async () => {
    const spec = "test/fixtures/discriminator-mapping-oas31.yaml";
    const cliOut = path.join("test", ".out", "launcher-worker");
    expect(run(["generate", spec, "--out", cliOut, "--no-cache", "--quiet"]).status).toBe(0);
    const inThread = await generatePackage({
      specPath: spec,
      outDir: path.join("test", ".out", "launcher-thread"),
      noCache: true,
      check: true,
    });
    expect(inThread.files.length).toBeGreaterThan(10);
    for (const file of inThread.files)
      expect(readFileSync(path.join(cliOut, file.path), "utf8"), file.path).toBe(file.content);
  });
});
