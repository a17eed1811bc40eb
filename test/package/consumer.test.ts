/**
 * Each packed package as an application gets it: a fresh project outside the workspace installs the tarball, then
 * (a) its TypeScript — the provider's consumer script and every ts block of the package README, importing the
 * package by name — type-checks strictly under `moduleResolution` node16 and bundler, and (b) the consumer script
 * runs as plain ESM JavaScript in Node against the provider's mock server.
 */
import { execFile } from "node:child_process";
import { copyFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConsumerScenario } from "./consumer-scenario.js";
import {
  CONSUMER_RESOLUTIONS,
  createConsumerProject,
  removeConsumerProject,
  typeCheckConsumer,
  writeReadmeExamples,
} from "./consumer-project.js";
import { generatedProviders, packProvider, type PackedPackage } from "./pack-once.js";

const run = promisify(execFile);

/** Writes the consumer script (as .mjs to run and as .ts to type-check) and the README's ts blocks into src/. */
async function writeConsumerSources(dir: string, packed: PackedPackage, script: string): Promise<number> {
  const blocks = await writeReadmeExamples(dir, packed.manifest.name);
  await copyFile(script, path.join(dir, "src/app.mjs"));
  await copyFile(script, path.join(dir, "src/app.ts"));
  return blocks;
}

describe.each(generatedProviders())("%s installed from its tarball", (provider) => {
  let packed: PackedPackage;
  let dir: string;
  let script: string;
  let readmeBlocks: number;

  beforeAll(async () => {
    packed = await packProvider(provider);
    ({ script } = await loadConsumerScenario(provider));
    dir = await createConsumerProject(packed);
    readmeBlocks = await writeConsumerSources(dir, packed, script);
  });
  afterAll(() => dir && removeConsumerProject(dir));

  it("installs outside the workspace, where nothing of the repository's node_modules resolves", () => {
    const requireFromApp = createRequire(path.join(dir, "package.json"));
    expect(requireFromApp.resolve(`${packed.manifest.name}/package.json`)).toBe(
      path.join(dir, "node_modules", packed.manifest.name, "package.json"),
    );
    for (const undeclared of ["vitest", "esbuild", "yaml"])
      expect(() => requireFromApp.resolve(undeclared), undeclared).toThrow(/Cannot find module/);
    // Declared dependencies are installed into the app itself (their package.json is not always exported, so look on disk).
    for (const declared of Object.keys(packed.manifest.dependencies ?? {}))
      expect(existsSync(path.join(dir, "node_modules", declared, "package.json")), declared).toBe(true);
  });

  it.each(Object.keys(CONSUMER_RESOLUTIONS) as (keyof typeof CONSUMER_RESOLUTIONS)[])(
    "type-checks as a strict %s consumer (see CONSUMER_RESOLUTIONS)",
    (resolution) => {
      expect(readmeBlocks).toBeGreaterThanOrEqual(6);
      expect(typeCheckConsumer(dir, resolution)).toBe("");
    },
  );

  it("runs the app as plain ESM JavaScript in Node against the mock server", async () => {
    const { scenario } = await loadConsumerScenario(provider);
    const running = await scenario.start();
    try {
      const { stdout } = await run(process.execPath, ["src/app.mjs"], {
        cwd: dir,
        env: { ...process.env, ...running.env },
        encoding: "utf8",
      });
      const lines = stdout.trim().split("\n");
      running.verify(JSON.parse(lines[lines.length - 1]!));
    } finally {
      await running.close();
    }
  });
});
