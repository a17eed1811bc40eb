/**
 * Bundles the stage probe with esbuild using the same options as generator/bin.mjs uses for the CLI, so
 * the in-process stage timings run the same code the CLI runs. The "detail" bundle also swaps prettier,
 * openapi-typescript and ts-morph for timed shims inside generator/ (see shims/).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const SHIMS: Record<string, { shim: string; importerDir: string }> = {
  prettier: { shim: "prettier-timed.ts", importerDir: "generator/format/" },
  "openapi-typescript": { shim: "openapi-typescript-timed.ts", importerDir: "generator/emit/" },
  "ts-morph": { shim: "ts-morph-timed.ts", importerDir: "generator/emit/" },
};

/** Builds `<outDir>/stage-probe.js`; returns its path. */
export async function bundleStageProbe(options: { root: string; outDir: string; detail: boolean }): Promise<string> {
  const generatorDir = path.join(options.root, "generator");
  await mkdir(options.outDir, { recursive: true });
  await writeFile(path.join(options.outDir, "package.json"), '{"type":"module"}\n');
  await build({
    entryPoints: [path.join(options.root, "test", "bench", "stage-probe.ts")],
    outdir: options.outDir,
    outExtension: { ".js": ".js" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path.join(generatorDir, "paths.ts")).href) },
    plugins: options.detail ? [timingShims(options.root)] : [],
  });
  return path.join(options.outDir, "stage-probe.js");
}

function timingShims(root: string): Plugin {
  return {
    name: "specforge-bench-timing-shims",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^(prettier|openapi-typescript|ts-morph)$/ }, (args) => {
        const entry = SHIMS[args.path];
        const importer = path.relative(root, args.importer).split(path.sep).join("/");
        if (!entry || !importer.startsWith(entry.importerDir)) return undefined;
        return { path: path.join(root, "test", "bench", "shims", entry.shim) };
      });
    },
  };
}
