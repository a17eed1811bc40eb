/**
 * The consumer harness can fail: a copy of a packed package whose dist/ imports `yaml` (a dependency of the
 * repository, not of the package) is installed the same way, and both Node and TypeScript refuse it there.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createConsumerProject, removeConsumerProject, typeCheckConsumer } from "./consumer-project.js";
import { generatedProviders, packProvider, type PackedPackage } from "./pack-once.js";

let work: string;
let app: string;
let broken: PackedPackage;

/** Unpacks a tarball, prepends `line` to one of its files, and packs it again into `work`. */
async function repackWith(packed: PackedPackage, edits: Record<string, string>): Promise<string> {
  const unpacked = path.join(work, "unpacked");
  await mkdir(unpacked, { recursive: true });
  execFileSync("tar", ["-xzf", packed.tarball, "-C", unpacked]);
  for (const [file, line] of Object.entries(edits)) {
    const target = path.join(unpacked, "package", file);
    await writeFile(target, `${line}\n${await readFile(target, "utf8")}`);
  }
  execFileSync("npm", ["pack", "--ignore-scripts", "--loglevel=error", "--pack-destination", work], {
    cwd: path.join(unpacked, "package"),
    stdio: "pipe",
  });
  return path.join(
    work,
    (await readdir(work)).find((name) => name.endsWith(".tgz"))!,
  );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "specforge-undeclared-"));
  const packed = await packProvider(generatedProviders()[0]!);
  const tarball = await repackWith(packed, {
    "dist/index.js": 'import "yaml";',
    "dist/index.d.ts": 'import type {} from "yaml";',
  });
  broken = { ...packed, tarball };
  app = await createConsumerProject(broken);
  await mkdir(path.join(app, "src/readme"), { recursive: true });
  await writeFile(
    path.join(app, "src/readme/use.ts"),
    `import * as pkg from ${JSON.stringify(packed.manifest.name)};\nexport const names = Object.keys(pkg);\n`,
  );
});
afterAll(async () => {
  if (app) await removeConsumerProject(app);
  if (work) await rm(work, { recursive: true, force: true });
});

it("Node cannot load a package that imports an undeclared dependency", () => {
  const load = (): string =>
    execFileSync(
      process.execPath,
      ["--input-type=module", "-e", `await import(${JSON.stringify(broken.manifest.name)})`],
      { cwd: app, encoding: "utf8", stdio: "pipe" },
    );
  expect(load).toThrow(/Cannot find package 'yaml'/);
});

it("TypeScript rejects its declarations (bundler consumer; node16 resolves bare imports from the same node_modules)", () => {
  expect(typeCheckConsumer(app, "bundler")).toMatch(/TS2307: Cannot find module 'yaml'/);
});
