/**
 * A fresh application project outside the workspace (under os.tmpdir()) that installs one packed tarball with npm,
 * offline when the npm cache has what it needs. Node and TypeScript resolve modules from the project only, so a
 * package that imports a dependency it does not declare fails here. TypeScript and @types/node (a Node application's
 * own tools, not dependencies of the package) are linked from the repository's install after `npm install`, so npm
 * does not prune them and nothing is downloaded for them.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { extractCodeBlocks, wrapBlock } from "../emit/readme-blocks.js";
import { REPO_ROOT, type PackedPackage } from "./pack-once.js";

/**
 * The consumers we promise to support, both strict: a Node application (node16 resolution, Node's types; checks the
 * app and the README examples) and a bundled browser application (bundler resolution, DOM types only; checks the
 * README examples, which must not need Node, and the browser test's page under src/browser).
 */
export const CONSUMER_RESOLUTIONS = {
  node16: { compilerOptions: { module: "node16", moduleResolution: "node16", types: ["node"] }, include: ["src"] },
  bundler: {
    compilerOptions: { module: "esnext", moduleResolution: "bundler", types: [] },
    include: ["src/readme", "src/browser"],
  },
} as const;

/** Makes the project, installs the tarball(s) and writes one tsconfig per resolution (`tsconfig.<name>.json`). */
export async function createConsumerProject(packed: PackedPackage | readonly PackedPackage[]): Promise<string> {
  const packs: readonly PackedPackage[] = Array.isArray(packed) ? packed : [packed as PackedPackage];
  const dir = await mkdtemp(path.join(os.tmpdir(), `specforge-consumer-${packs.map((p) => p.provider).join("-")}-`));
  await writeFile(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: "consumer-app", private: true, type: "module" }, null, 2)}\n`,
  );
  execFileSync(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--loglevel=error",
      ...packs.map((p) => p.tarball),
    ],
    { cwd: dir, stdio: "pipe" },
  );
  await symlink(path.join(REPO_ROOT, "node_modules/typescript"), path.join(dir, "node_modules/typescript"), "dir");
  await mkdir(path.join(dir, "node_modules/@types"), { recursive: true });
  await symlink(path.join(REPO_ROOT, "node_modules/@types/node"), path.join(dir, "node_modules/@types/node"), "dir");
  for (const [name, { compilerOptions: resolution, include }] of Object.entries(CONSUMER_RESOLUTIONS)) {
    const compilerOptions = {
      ...resolution,
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      noEmit: true,
    };
    await writeFile(
      path.join(dir, `tsconfig.${name}.json`),
      `${JSON.stringify({ compilerOptions, include }, null, 2)}\n`,
    );
  }
  return dir;
}

/** Runs the linked TypeScript on one of the project's tsconfigs; returns what it printed (empty when clean). */
export function typeCheckConsumer(dir: string, resolution: keyof typeof CONSUMER_RESOLUTIONS): string {
  try {
    execFileSync(
      process.execPath,
      [path.join(dir, "node_modules/typescript/bin/tsc"), "-p", `tsconfig.${resolution}.json`],
      { cwd: dir, encoding: "utf8", stdio: "pipe" },
    );
    return "";
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}` || failed.message;
  }
}

/** Removes a consumer project. */
export async function removeConsumerProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Writes every ts block of the installed package's README as src/readme/block<N>.ts, importing the package by name. */
export async function writeReadmeExamples(dir: string, packageName: string): Promise<number> {
  await mkdir(path.join(dir, "src/readme"), { recursive: true });
  const readme = await readFile(path.join(dir, "node_modules", packageName, "README.md"), "utf8");
  const clientName = /^import \{ (\w+) \} from /m.exec(readme)![1]!;
  const blocks = extractCodeBlocks(readme).filter((block) => block.info === "ts");
  for (const [i, block] of blocks.entries()) {
    await writeFile(
      path.join(dir, `src/readme/block${i + 1}.ts`),
      wrapBlock(block.code, packageName, clientName, packageName),
    );
  }
  return blocks.length;
}
