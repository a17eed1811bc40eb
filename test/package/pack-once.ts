/**
 * Builds and packs a generated package the way its maintainer would (`npm run build`, then `npm pack`), once per
 * content: the tarball is cached under test/.out/packs keyed by a hash of the package's files, so every test file of
 * a run (and later runs on unchanged packages) reuses it. The build happens in a copy under os.tmpdir(), never in
 * generated/, so parallel test files and `generate --check` never see a half-written dist/.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Repository root (tests run with it as the working directory). */
export const REPO_ROOT = path.resolve(".");
const PACK_CACHE = path.join(REPO_ROOT, "test/.out/packs");
const SKIPPED = new Set(["node_modules", "dist"]);

/** Every generated package: the folders of generated/ that hold a package.json, sorted. */
export function generatedProviders(): string[] {
  const root = path.join(REPO_ROOT, "generated");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, "package.json")))
    .map((entry) => entry.name)
    .sort();
}

/** A packed package: its tarball, manifest and the files `npm pack` put in it. */
export interface PackedPackage {
  readonly provider: string;
  readonly tarball: string;
  readonly manifest: PackageManifest;
  readonly files: readonly string[];
}

/** The fields of a generated package.json the tests read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, unknown>;
  readonly dependencies?: Record<string, string>;
  readonly [key: string]: unknown;
}

/** Builds and packs generated/<provider>, or <generatedRoot>/<provider> (or reuses the cached tarball of identical sources). */
export async function packProvider(
  provider: string,
  generatedRoot = path.join(REPO_ROOT, "generated"),
): Promise<PackedPackage> {
  const source = path.join(generatedRoot, provider);
  const manifest = JSON.parse(readFileSync(path.join(source, "package.json"), "utf8")) as PackageManifest;
  const cacheDir = path.join(PACK_CACHE, `${provider}-${hashPackage(source)}`);
  if (!existsSync(path.join(cacheDir, "files.json"))) {
    await buildAndPack(source, cacheDir);
    await pruneOtherPacks(provider, cacheDir);
  }
  const files = JSON.parse(readFileSync(path.join(cacheDir, "files.json"), "utf8")) as string[];
  const tarball = path.join(
    cacheDir,
    readdirSync(cacheDir).find((name) => name.endsWith(".tgz"))!,
  );
  return { provider, tarball, manifest, files };
}

async function buildAndPack(source: string, cacheDir: string): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "specforge-pack-"));
  try {
    const pkgDir = path.join(work, "package");
    await cp(source, pkgDir, {
      recursive: true,
      filter: (from) => !SKIPPED.has(path.basename(from)) || path.dirname(from) !== source,
    });
    await linkDeclaredDependencies(pkgDir);
    // The package's own build script, with the repository's TypeScript on PATH (as a workspace install would have it).
    const env = {
      ...process.env,
      PATH: `${path.join(REPO_ROOT, "node_modules/.bin")}${path.delimiter}${process.env["PATH"] ?? ""}`,
    };
    execFileSync("npm", ["run", "build", "--silent"], { cwd: pkgDir, env, stdio: "pipe" });
    const out = path.join(work, "out");
    await mkdir(out);
    const report = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", out], {
      cwd: pkgDir,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const [packed] = JSON.parse(report) as { files: { path: string }[] }[];
    await writeFile(path.join(out, "files.json"), JSON.stringify(packed!.files.map((f) => f.path).sort()));
    await mkdir(PACK_CACHE, { recursive: true });
    // Atomic publish: a parallel test file that packed the same sources simply loses the race.
    await rename(out, cacheDir).catch((error: NodeJS.ErrnoException) => {
      if (!existsSync(path.join(cacheDir, "files.json"))) throw error;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The package's declared runtime dependencies (e.g. fast-xml-parser for XML APIs), linked from the repository's
 * install as a workspace install would provide them; only declared ones, so an undeclared import still fails.
 */
async function linkDeclaredDependencies(pkgDir: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8")) as PackageManifest;
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const target = path.join(pkgDir, "node_modules", name);
    await mkdir(path.dirname(target), { recursive: true });
    await symlink(path.join(REPO_ROOT, "node_modules", name), target, "dir");
  }
}

/** Removes tarballs of earlier contents of the same package, so the cache does not grow with every change. */
async function pruneOtherPacks(provider: string, keep: string): Promise<void> {
  const mine = new RegExp(`^${provider.replace(/[^\w-]/g, "")}-[0-9a-f]{16}$`);
  for (const name of readdirSync(PACK_CACHE)) {
    if (mine.test(name) && path.join(PACK_CACHE, name) !== keep)
      await rm(path.join(PACK_CACHE, name), { recursive: true, force: true });
  }
}

/** Hash of every file of a package folder (paths and bytes), without node_modules/ and dist/. */
function hashPackage(dir: string): string {
  const hash = createHash("sha256");
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const rel = path.posix.join(sub, entry.name);
      if (sub === "" && SKIPPED.has(entry.name)) continue;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile())
        hash
          .update(`${rel}\0`)
          .update(readFileSync(path.join(dir, rel)))
          .update("\0");
    }
  };
  walk("");
  return hash.digest("hex").slice(0, 16);
}
