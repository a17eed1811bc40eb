/** The CLI's bundle cache (generator/bin.mjs): bundles of other generator sources go once they are a day old. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CACHE = path.resolve("node_modules/.cache/specforge");
const tag = `${process.pid}-${Date.now()}`;
const oldBundle = path.join(CACHE, `cli-test-old-${tag}`);
const recentBundle = path.join(CACHE, `cli-test-recent-${tag}`);
const otherEntry = path.join(CACHE, `not-a-bundle-${tag}`);
afterAll(() => [oldBundle, recentBundle, otherEntry].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function makeDir(dir: string, ageMs: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "main.js"), "");
  const when = new Date(Date.now() - ageMs);
  utimesSync(dir, when, when);
}

describe("CLI bundle cache", () => {
  it("removes other bundles older than a day and keeps recent ones and anything else", () => {
    const twoDays = 2 * 24 * 60 * 60 * 1000;
    makeDir(oldBundle, twoDays);
    makeDir(recentBundle, 60 * 1000);
    makeDir(otherEntry, twoDays);
    const result = spawnSync(process.execPath, [path.resolve("generator/bin.mjs"), "--help"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(existsSync(oldBundle)).toBe(false);
    expect(existsSync(recentBundle)).toBe(true);
    expect(existsSync(otherEntry)).toBe(true);
  });
});
