#!/usr/bin/env node
// Entry of the `specforge` command: bundles generator/ with esbuild into a cache (rebuilt only when a
// generator source changes), then runs it. Keeps startup fast without a separate build step.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const generatorDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(generatorDir);

function sourceHash(dir, hash = createHash("sha256")) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceHash(full, hash);
    else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(readFileSync(full));
  }
  return hash;
}

const cacheDir = path.join(root, "node_modules", ".cache", "specforge");
const outdir = path.join(cacheDir, `cli-${sourceHash(generatorDir).digest("hex").slice(0, 16)}`);
const bundle = path.join(outdir, "main.js");
if (!existsSync(bundle)) {
  const { build } = await import("esbuild");
  mkdirSync(outdir, { recursive: true });
  writeFileSync(path.join(outdir, "package.json"), '{"type":"module"}\n');
  await build({
    entryPoints: [path.join(generatorDir, "main.ts")],
    outdir,
    outExtension: { ".js": ".js" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
    // Modules locate templates relative to generator/ (see generator/paths.ts).
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path.join(generatorDir, "paths.ts")).href) },
  });
}
pruneOldBundles();

/** Removes bundles of other generator sources once they are a day old (a run still using one is long finished by then). */
function pruneOldBundles() {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, name);
    if (!name.startsWith("cli-") || dir === outdir) continue;
    try {
      if (statSync(dir).mtimeMs < dayAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}
await import(pathToFileURL(bundle).href);
