/**
 * Every generated package builds with its own `npm run build` and packs into a tarball that holds only what a
 * consumer needs: package.json, README.md, CHANGELOG.md and dist/ (JavaScript plus declarations for every source
 * module). publint and @arethetypeswrong/cli (pinned in the root devDependencies) find nothing wrong with it.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, it } from "vitest";
import { generatedProviders, packProvider, REPO_ROOT } from "./pack-once.js";

const ATTW = path.join(REPO_ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js");
/** ESM-only packages: CommonJS `require` and node10 resolution are out of scope (what attw's `esm-only` profile ignores). */
const IGNORED_RESOLUTIONS = new Set(["node10", "node16-cjs"]);

/** The .ts modules under a package's src/, as paths relative to src/ without the extension. */
function sourceModules(provider: string): string[] {
  const src = path.join(REPO_ROOT, "generated", provider, "src");
  return (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.split(path.sep).join("/").replace(/\.ts$/, ""))
    .sort();
}

describe.each(generatedProviders())("%s package", (provider) => {
  it("packs package.json, README.md, CHANGELOG.md and dist/ with .js and .d.ts for every module, nothing else", async () => {
    const { files } = await packProvider(provider);
    const modules = sourceModules(provider);
    expect(modules).toContain("index");
    const want = [
      "CHANGELOG.md",
      "README.md",
      "package.json",
      ...modules.flatMap((m) => [`dist/${m}.d.ts`, `dist/${m}.js`]),
    ].sort();
    expect(files).toEqual(want);
  });

  it("serves types before code from every exports target, and each target is in the tarball", async () => {
    const { files, manifest } = await packProvider(provider);
    const root = manifest.exports["."] as Record<string, string>;
    expect(Object.keys(root)).toEqual(["types", "default"]);
    expect(manifest["type"]).toBe("module");
    for (const target of [root["types"]!, root["default"]!, manifest["main"], manifest["types"]])
      expect(files).toContain(String(target).replace(/^\.\//, ""));
  });

  it("publint reports nothing, not even a suggestion", async () => {
    const { tarball } = await packProvider(provider);
    const buffer = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) },
      level: "suggestion",
      strict: true,
    });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it("@arethetypeswrong/cli reports no problem for ESM consumers (node16 and bundler resolution)", async () => {
    const { tarball } = await packProvider(provider);
    const run = spawnSync(process.execPath, [ATTW, tarball, "--profile", "esm-only", "--format", "json"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { problems?: Record<string, { kind: string; resolutionKind?: string }[]> };
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => p.resolutionKind === undefined || !IGNORED_RESOLUTIONS.has(p.resolutionKind));
    expect(problems).toEqual([]);
    expect(run.status).toBe(0);
  });
});
