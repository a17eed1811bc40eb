/** `generate --watch` with real edits on disk: regenerates, reports a broken spec and writes nothing, recovers, stops cleanly. */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WATCH_READY } from "../../generator/watch-command.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "specforge-watch-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      out[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(
        path.join(entry.parentPath, entry.name),
        "utf8",
      );
  }
  return out;
}

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("generate --watch", () => {
  it("regenerates on save, reports a broken spec without writing, recovers, and stops on Ctrl-C", async () => {
    const specDir = path.join(tmp, "shop");
    cpSync("test/fixtures/enums-oas31.yaml", path.join(specDir, "openapi.yaml"));
    const specFile = path.join(specDir, "openapi.yaml");
    const out = path.join(tmp, "out");
    const child = spawn(
      process.execPath,
      [path.resolve("generator/bin.mjs"), "generate", specDir, "--out", out, "--watch"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await until(() => stderr.includes(WATCH_READY), "the first generation");
      expect(stderr).toMatch(/✓ \S*shop: \d+ file\(s\) written/);

      const original = readFileSync(specFile, "utf8");
      writeFileSync(specFile, original.replace(/^ {2}title: .*$/m, "  title: Watched Title"));
      await until(
        () => readFileSync(path.join(out, "README.md"), "utf8").includes("Watched Title"),
        "the regenerated README",
      );
      const good = snapshot(out);

      const mark = stderr.length;
      writeFileSync(specFile, `${original.replace(/^ {2}title: .*$/m, "  title: Watched Title")}paths: [\n`);
      await until(() => stderr.slice(mark).includes("shop: not generated"), "the diagnostics");
      expect(stderr.slice(mark)).toMatch(/openapi\.yaml:\d+:\d+ {2}yaml-/);
      expect(snapshot(out)).toEqual(good);

      const fixed = stderr.length;
      writeFileSync(specFile, original.replace(/^ {2}title: .*$/m, "  title: Fixed Title"));
      await until(() => stderr.slice(fixed).includes("✓"), "the recovery");
      expect(readFileSync(path.join(out, "README.md"), "utf8")).toContain("Fixed Title");

      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(Object.keys(snapshot(out)).filter((file) => file.includes("specforge-tmp"))).toEqual([]);
    } finally {
      child.kill("SIGKILL");
    }
  }, 180_000);
});
