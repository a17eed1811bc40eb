// The issue-15 targets table and the GitHub row's helpers (pure; `npm test` runs no benchmark).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { githubDecision, githubPackage } from "./github-spec.js";
import type { Measurement } from "./measurement.js";
import { isPinnedInstalled, pinnedInstallCommand, pinnedPackageDir } from "./pinned-install.js";
import { targetRows, type TargetInputs } from "./targets.js";

/** A measurement of `n` good runs at `wallMs` (and CPU `cpuMs`), plus `failed` failures. */
function m(wallMs: number, cpuMs = wallMs, failed = 0, n = 3): Measurement {
  const stats = (v: number) => (n === 0 ? { median: NaN, min: NaN, max: NaN, n: 0 } : { median: v, min: v, max: v, n });
  return {
    wall: stats(wallMs),
    cpu: stats(cpuMs),
    rss: stats(100),
    failures: Array(failed).fill("run exited 1: boom"),
  };
}

const inputs = (overrides: Partial<TargetInputs> = {}): TargetInputs => ({
  cold: [
    { spec: "small spec", specforge: m(300, 400), ots: m(700, 800) },
    { spec: "GitHub", specforge: m(10_000), ots: m(6_000) },
  ],
  providers: { count: 5, cold: m(1400) },
  incremental: [{ spec: "large spec", specforge: m(150), ots: m(2000) }],
  watch: [
    { spec: "large spec", missing: "not available: the CLI has no --watch yet (exit 2: Unknown option '--watch')" },
  ],
  ...overrides,
});

describe("targetRows", () => {
  const rows = targetRows(inputs());

  it("lists the issue's targets in order: cold per spec, providers, incremental, watch", () => {
    expect(rows.map((r) => r.target.split(":")[0])).toEqual([
      "cold, small spec",
      "cold, GitHub",
      "5 providers together, cold (`generate-all --no-cache`)",
      "one-description edit, large spec",
      "watch, large spec",
    ]);
  });

  it("gives the ratio against openapi-typescript, the budget it needs and the verdict", () => {
    expect(rows[0]).toMatchObject({
      measured: "300 ms vs 700 ms = 0.43× (needs ≤ 350 ms); CPU time 0.50×",
      verdict: "**met**",
    });
    expect(rows[1]!.measured).toMatch(/^10\.0 s vs 6\.00 s = 1\.67× \(needs ≤ 3\.00 s\)/);
    expect(rows[1]!.verdict).toBe("**not met**");
    expect(rows[2]!.verdict).toBe("**met**");
    expect(rows[3]).toMatchObject({
      measured: expect.stringMatching(/= 0\.07× \(needs ≤ 200 ms\)/),
      verdict: "**met**",
    });
  });

  it("says 'not available' for a watch row the CLI cannot run yet, instead of failing", () => {
    expect(rows[4]!.measured).toBe("—");
    expect(rows[4]!.verdict).toMatch(/^not available: the CLI has no --watch yet/);
  });

  it("says why a figure is missing: a skipped row, a failed tool, failed runs beside good ones", () => {
    const [skipped, failed, partial] = targetRows(
      inputs({
        cold: [
          { spec: "GitHub", missing: "skipped (--github off)" },
          { spec: "large spec", specforge: m(NaN, NaN, 1, 0), ots: m(2000) },
          { spec: "medium spec", specforge: m(500), ots: m(2000), missing: undefined },
        ],
      }),
    );
    expect(skipped!.verdict).toBe("not measured (skipped (--github off))");
    expect(failed!.verdict).toBe("not measured (specforge failed: run exited 1: boom)");
    expect(partial!.verdict).toBe("**met**");
    const withFailure = targetRows(inputs({ incremental: [{ spec: "x", specforge: m(100, 100, 1), ots: m(2000) }] }));
    expect(withFailure[3]!.verdict).toBe("**met** (1 run(s) failed)");
  });

  it("adds the CLI's incremental time to a measured watch row and judges providers by the 1.5 s budget", () => {
    const watched = targetRows(
      inputs({
        watch: [{ spec: "large spec", specforge: m(90), ots: m(2000), cli: m(150) }],
        providers: { count: 5, cold: m(1600) },
      }),
    );
    expect(watched[4]!.measured).toMatch(/^90 ms vs 2\.00 s = 0\.04× .*; the CLI's incremental run: 150 ms$/);
    expect(watched[2]!.verdict).toBe("**not met**");
    expect(targetRows(inputs({ providers: { missing: "specs/ has no provider" } }))[2]!.verdict).toBe(
      "not measured (specs/ has no provider)",
    );
  });
});

describe("the GitHub row", () => {
  const work = mkdtemp(path.join(os.tmpdir(), "bench-github-"));
  afterAll(async () => rm(await work, { recursive: true, force: true }));

  it("runs always with on, only when installed with cached, never with off", () => {
    expect(githubDecision("on", false)).toEqual({ run: true });
    expect(githubDecision("cached", true)).toEqual({ run: true });
    expect(githubDecision("cached", false).reason).toMatch(/not installed yet/);
    expect(githubDecision("off", true)).toEqual({ run: false, reason: "skipped (--github off)" });
  });

  it("is installed with an exact version into its own prefix and counts as cached only at that version", async () => {
    const pkg = githubPackage(await work);
    expect(pinnedInstallCommand(pkg, "<p>")).toContain("@octokit/openapi@23.0.2");
    expect(pinnedPackageDir(pkg)).toBe(path.join(pkg.prefix, "node_modules", "@octokit", "openapi"));
    expect(isPinnedInstalled(pkg)).toBe(false);
    await mkdir(pinnedPackageDir(pkg), { recursive: true });
    await writeFile(path.join(pinnedPackageDir(pkg), "package.json"), '{"version":"22.0.0"}');
    expect(isPinnedInstalled(pkg)).toBe(false);
    await writeFile(path.join(pinnedPackageDir(pkg), "package.json"), `{"version":"${pkg.version}"}`);
    expect(isPinnedInstalled(pkg)).toBe(true);
  });
});
