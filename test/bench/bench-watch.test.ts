// The watch row's helpers, and the watcher session against a stand-in child (`npm test` runs no benchmark).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { benchWatch, describeEarlyEnd, diffFolders, type WatchCommands } from "./bench-watch.js";
import { chooseRssProbe } from "./measure.js";
import { buildSyntheticSpec } from "./synthetic-spec.js";
import { parseProcStatCpu, parseProcStatusPeak, startWatch, WATCH_READY } from "./watch-session.js";

/** What the CLI prints without --watch support: the usage error and its help, which says "generated" too. */
const usage =
  "Unknown option '--watch'. To specify a positional argument starting with a '-', place it at the end\n\n" +
  "specforge — typed TypeScript client packages\ngenerate-all turns every folder of specs/ into generated/<folder>\n";

describe("WATCH_READY", () => {
  it("matches the CLI's report of a generation, not a cache hit or a diagnostic", () => {
    expect(WATCH_READY.test("✓ specs/x: 118 file(s) written in 10860 ms")).toBe(true);
    expect(WATCH_READY.test("regenerated in 80 ms")).toBe(true);
    expect(WATCH_READY.test("✓ specs/x: unchanged (cached) in 12 ms")).toBe(false);
    expect(WATCH_READY.test("openapi.json:3:5 error: missing info")).toBe(false);
  });
});

describe("describeEarlyEnd", () => {
  const usage =
    "Unknown option '--watch'. To specify a positional argument starting with a '-', place it at the end\n\nspecforge — …";

  it("says 'not available' when the CLI rejects --watch as a usage error", () => {
    expect(describeEarlyEnd({ code: 2, signal: null }, usage, 1000)).toBe(
      `not available: the CLI has no --watch yet (exit 2, "Unknown option '--watch'")`,
    );
  });

  it("reports any other early exit, or a watcher that never reported, as a failure", () => {
    expect(describeEarlyEnd({ code: 1, signal: null }, "Error: cannot read spec\n", 1000)).toBe(
      "failed: exited 1 instead of watching: Error: cannot read spec",
    );
    expect(describeEarlyEnd(undefined, "", 300_000)).toMatch(/^failed: no line matching .* within 300 s$/);
  });
});

describe("diffFolders", () => {
  it("names stray, missing and different files; identical folders give nothing", () => {
    const expected = new Map([
      ["README.md", "a"],
      ["src/types.ts", "b"],
      ["src/index.ts", "c"],
    ]);
    expect(diffFolders(new Map(expected), expected)).toEqual([]);
    const watched = new Map([
      ["README.md", "a"],
      ["src/.types.ts.tmp-123", "b"],
      ["src/types.ts", "B"],
    ]);
    expect(diffFolders(watched, expected)).toEqual([
      "stray src/.types.ts.tmp-123",
      "missing src/index.ts",
      "different src/types.ts",
    ]);
  });
});

describe("/proc parsing", () => {
  it("reads utime + stime after the command name, even one holding spaces and parentheses", () => {
    const stat = "4242 (node (watch) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0";
    expect(parseProcStatCpu(stat, 100)).toBe(3000);
  });

  it("reads the peak resident set (VmHWM) in MiB", () => {
    expect(parseProcStatusPeak("Name:\tnode\nVmPeak:\t 999 kB\nVmHWM:\t  204800 kB\nVmRSS:\t 1 kB\n")).toBe(200);
    expect(parseProcStatusPeak("Name:\tnode\n")).toBeNaN();
  });
});

describe("startWatch", () => {
  const dir = mkdtemp(path.join(os.tmpdir(), "bench-watch-"));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it("counts generation reports, measures the child from /proc and stops it with SIGINT", async () => {
    const script = path.join(await dir, "fake-watcher.mjs");
    await writeFile(
      script,
      `process.stderr.write("✓ x: 3 file(s) wri");\nsetTimeout(() => process.stderr.write("tten in 5 ms\\nwatching…\\n"), 20);\n` +
        `process.on("SIGINT", () => { process.stderr.write("stopped\\n"); process.exit(0); });\nsetInterval(() => {}, 1000);\n`,
    );
    const watcher = startWatch(process.execPath, [script], await dir);
    expect(await watcher.waitForReports(1, 10_000)).toBe(true);
    expect(watcher.reports()).toBe(1);
    expect(await watcher.waitForReports(2, 200)).toBe(false);
    if (process.platform === "linux") expect(watcher.usage().peakRssMiB).toBeGreaterThan(1);
    const stop = await watcher.interrupt(10_000);
    expect(stop.exited).toBe(true);
    expect(watcher.exited()).toEqual({ code: 0, signal: null });
    expect(watcher.stderr()).toContain("stopped");
  });

  it("returns false at once when the child exits before reporting", async () => {
    const watcher = startWatch(
      process.execPath,
      ["-e", "process.stderr.write('Unknown option'); process.exit(2)"],
      await dir,
    );
    expect(await watcher.waitForReports(1, 10_000)).toBe(false);
    expect(watcher.exited()).toEqual({ code: 2, signal: null });
  });
});

/** A stand-in generator: copies the spec to <out>/src/types.ts; with --watch it regenerates on every change. */
const FAKE_GENERATOR = `import { mkdirSync, readFileSync, watch, writeFileSync } from "node:fs";
const [specDir, out, mode] = process.argv.slice(2);
const generate = () => {
  mkdirSync(out + "/src", { recursive: true });
  writeFileSync(out + "/src/types.ts", readFileSync(specDir + "/openapi.json", "utf8"));
  process.stderr.write("✓ fake: 1 file(s) written in 1 ms\\n");
};
generate();
if (mode === "--watch") {
  watch(specDir, () => generate());
  process.on("SIGINT", () => {
    if (process.env.LEAVE_STRAY) writeFileSync(out + "/src/.types.ts.tmp", "");
    process.exit(0);
  });
}
`;

describe("benchWatch", () => {
  const dir = mkdtemp(path.join(os.tmpdir(), "bench-watch-row-"));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));
  const setup = async () => {
    const root = await dir;
    const script = path.join(root, "fake-generator.mjs");
    await writeFile(script, FAKE_GENERATOR);
    const specFile = path.join(root, "spec.json");
    await writeFile(specFile, `${JSON.stringify(buildSyntheticSpec({ operations: 10, schemas: 16 }), null, 2)}\n`);
    const commands: WatchCommands = {
      watch: (specDir, out) => [script, specDir, out, "--watch"],
      oneShot: (specDir, out) => [script, specDir, out],
    };
    const ctx = { root, workDir: path.join(root, "work"), probe: await chooseRssProbe(root), log: () => {} };
    return { specFile, commands, ctx };
  };

  it("times each saved edit until the output changes, stops the watcher and finds its output complete", async () => {
    const { specFile, commands, ctx } = await setup();
    const row = await benchWatch(
      { name: "small", counts: { operations: 10, schemas: 16 }, runs: 2 },
      specFile,
      ctx,
      commands,
    );
    expect(row.unavailable).toBeUndefined();
    expect(row.regenerate!.failures).toEqual([]);
    expect(row.regenerate!.wall.n).toBe(2);
    expect(row.exit).toMatch(/^exited with code 0 \d+ ms after SIGINT$/);
    expect(row.outputDiff).toEqual([]);
  });

  it("reports a temp file the watcher leaves behind on Ctrl-C", async () => {
    const { specFile, commands, ctx } = await setup();
    process.env.LEAVE_STRAY = "1";
    try {
      const row = await benchWatch(
        { name: "stray", counts: { operations: 10, schemas: 16 }, runs: 1 },
        specFile,
        ctx,
        commands,
      );
      expect(row.outputDiff).toEqual(["stray src/.types.ts.tmp"]);
    } finally {
      delete process.env.LEAVE_STRAY;
    }
  });

  it("says 'not available' when the watcher rejects --watch, though its help text matched WATCH_READY", async () => {
    const { specFile, ctx } = await setup();
    const rejecting: WatchCommands = {
      watch: () => ["-e", `process.stderr.write(${JSON.stringify(usage)}); process.exit(2)`],
      oneShot: () => ["-e", ""],
    };
    const row = await benchWatch(
      { name: "none", counts: { operations: 10, schemas: 16 }, runs: 1 },
      specFile,
      ctx,
      rejecting,
    );
    expect(row.unavailable).toMatch(/^not available: the CLI has no --watch yet/);
    expect(row.regenerate).toBeUndefined();
  });
});
