/** `specforge diff` and `specforge lint` as users run them: formats, exit codes, usage errors. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = path.resolve("generator/bin.mjs");
const CORPUS = path.resolve("test/review/corpus");
const tmp = mkdtempSync(path.join(os.tmpdir(), "specforge-cli-diff-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pair = (name: string) => [path.join(CORPUS, name, "base.yaml"), path.join(CORPUS, name, "head.yaml")];

describe("specforge diff", () => {
  it("prints JSON other tools can consume, exit 0 without --fail-on", () => {
    const r = run(["diff", ...pair("mixed"), "--format", "json"]);
    expect(r.code).toBe(0);
    const { changes } = JSON.parse(r.stdout) as { changes: Record<string, unknown>[] };
    expect(changes.length).toBe(7);
    const removed = changes.find((c) => c["rule"] === "operation-removed")!;
    expect(removed).toMatchObject({
      class: "breaking",
      message: "DELETE /items/{id} removed",
      base: { pointer: "/paths/~1items~1{id}/delete" },
    });
    expect((removed["base"] as { file: string; line: number }).file).toMatch(/mixed[\\/]base\.yaml$/);
    expect((removed["base"] as { line: number }).line).toBeGreaterThan(1);
  });

  it("exits 1 with --fail-on breaking when a breaking change is found, 0 for additive-only changes", () => {
    expect(run(["diff", ...pair("mixed"), "--fail-on", "breaking"]).code).toBe(1);
    const additive = run(["diff", ...pair("additive-only"), "--fail-on", "breaking"]);
    expect(additive.code).toBe(0);
    expect(additive.stdout).toContain("0 breaking, 0 potentially-breaking, 14 non-breaking");
    expect(run(["diff", ...pair("request-property-removed"), "--fail-on", "breaking"]).code).toBe(0);
    expect(run(["diff", ...pair("request-property-removed"), "--fail-on", "potentially-breaking"]).code).toBe(1);
  });

  it("renders Markdown with a count and a table", () => {
    const r = run(["diff", ...pair("operation-removed"), "--format", "markdown"]);
    expect(r.stdout).toContain("**1 breaking, 0 potentially-breaking, 0 non-breaking**");
    expect(r.stdout).toContain("| breaking | `operation-removed` | DELETE /items/{id} | DELETE /items/{id} removed |");
  });

  it.each([
    [["diff", "a.yaml"]],
    [["diff", ...pair("mixed"), "--format", "xml"]],
    [["diff", ...pair("mixed"), "--fail-on", "everything"]],
  ])("exits 2 for %j", (args) => {
    expect(run(args).code).toBe(2);
  });

  it("exits 1 with a located diagnostic when a spec cannot be loaded", () => {
    const r = run(["diff", path.join(tmp, "missing.yaml"), pair("mixed")[1]!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("spec-not-found");
  });
});

describe("specforge lint exit codes", () => {
  it("exits 0 with warnings and 1 once the config makes them errors", () => {
    const dir = path.join(tmp, "lint");
    cpSync(path.join(CORPUS, "operation-added"), dir, { recursive: true });
    rmSync(path.join(dir, "base.yaml"));
    const warned = run(["lint", path.join(dir, "head.yaml")]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/head\.yaml:\d+:\d+  warning operation-description-missing/);
    writeFileSync(
      path.join(dir, "specforge.config.json"),
      JSON.stringify({ lint: { rules: { "operation-description-missing": "error" } } }),
    );
    const failed = run(["lint", path.join(dir, "head.yaml")]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/head\.yaml:\d+:\d+  operation-description-missing/);
  });
});
