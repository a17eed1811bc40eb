/**
 * Skips regeneration when nothing changed: the key hashes the spec folder, the generator's own sources and
 * templates, and the options; a hit also checks that the output still holds exactly what was written.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { SPECFORGE_CACHE_DIR, SPECFORGE_ROOT } from "../paths.js";
import { listFiles } from "../write/write-package.js";

const CACHE_DIR = SPECFORGE_CACHE_DIR;

interface CacheRecord {
  key: string;
  files: Record<string, string>;
}

let fingerprint: Promise<string> | undefined;
let bundleHash: string | undefined;

/**
 * Set by the CLI launcher: the hash its bundles are named by, which already covers generator/ and the lockfile (so
 * the library versions), leaving only templates/ to read.
 */
export function useBundleHash(hash: string): void {
  bundleHash = hash;
  fingerprint = undefined;
}

/** Hash of generator/, templates/ and the versions of the libraries that shape output. */
export function generatorFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash("sha256");
    if (bundleHash !== undefined) {
      await hashTree(hash, path.join(SPECFORGE_ROOT, "templates"));
      return hash.update(`bundle ${bundleHash}\n`).digest("hex");
    }
    for (const dir of ["generator", "templates"]) await hashTree(hash, path.join(SPECFORGE_ROOT, dir));
    for (const dep of [
      "openapi-typescript",
      "prettier",
      "ts-morph",
      "typescript",
      "yaml",
      "handlebars",
      "@redocly/openapi-core",
      "swagger2openapi",
      "fast-xml-parser",
      "jsonpath-rfc9535",
    ]) {
      const manifest = await readFile(path.join(SPECFORGE_ROOT, "node_modules", dep, "package.json"), "utf8").catch(
        () => "",
      );
      hash.update(`${dep}@${manifest.match(/"version"\s*:\s*"([^"]+)"/)?.[1] ?? "?"}\n`);
    }
    return hash.digest("hex");
  })();
  return fingerprint;
}

/** The cache key of one generation: spec folder contents + generator fingerprint + options. */
export async function cacheKey(specDir: string, options: unknown): Promise<string> {
  const hash = createHash("sha256");
  hash.update(await generatorFingerprint());
  hash.update(JSON.stringify(options));
  await hashTree(hash, specDir);
  return hash.digest("hex");
}

/** True when the last generation into `outDir` used `key` and the folder still holds exactly its files. */
export async function isCacheHit(name: string, key: string, outDir: string): Promise<boolean> {
  const record = await readRecord(name);
  if (!record || record.key !== key) return false;
  const present = await listFiles(outDir);
  if (present.length !== Object.keys(record.files).length || present.some((f) => !(f in record.files))) return false;
  for (const [rel, digest] of Object.entries(record.files)) {
    const content = await readFile(path.join(outDir, rel)).catch(() => undefined);
    if (!content || sha256(content) !== digest) return false;
  }
  return true;
}

/** Remembers what a generation wrote. */
export async function saveCacheRecord(
  name: string,
  key: string,
  files: readonly { path: string; content: string }[],
): Promise<void> {
  const record: CacheRecord = { key, files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)])) };
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(recordPath(name), JSON.stringify(record));
}

async function readRecord(name: string): Promise<CacheRecord | undefined> {
  const text = await readFile(recordPath(name), "utf8").catch(() => undefined);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as CacheRecord;
  } catch {
    return undefined;
  }
}

function recordPath(name: string): string {
  return path.join(CACHE_DIR, `${sha256(name).slice(0, 16)}.json`);
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

async function hashTree(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") await hashTree(hash, full);
    } else if (entry.isFile()) {
      hash.update(`${entry.name}\0`);
      hash.update(await readFile(full));
    }
  }
}
