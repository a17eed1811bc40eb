// The CLI's bundles: the generator (core) and the heavy libraries it loads only when a run needs them (vendors),
// each one CommonJS file built by esbuild into node_modules/.cache/specforge/cli-<hash>/ and run through
// code-cache.mjs. The hash covers the generator's sources, this launcher and the lockfile, so an edit to any of
// them (or an npm install) builds a fresh set; nothing of templates/ is bundled (the generator reads it at run time).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The TypeScript lib files ts-morph keeps in memory (3 MB): only a ts-morph Project (review) reads them. */
const TS_LIB_FILES = "specforge:ts-lib-files";

/**
 * Libraries the core reaches through `require` that get a bundle of their own, loaded on first use: a run that
 * needs no schema types (an incremental run, lint, diff) never loads the TypeScript compiler. `moduleFile` is the
 * library's own file, which it sees as `__filename` (TypeScript finds its lib.*.d.ts files next to it).
 */
export const VENDOR_BUNDLES = {
  typescript: { bundle: "typescript", moduleFile: "node_modules/typescript/lib/typescript.js" },
  "openapi-typescript": { bundle: "openapi-typescript" },
  "ts-morph": { bundle: "ts-morph" },
  [TS_LIB_FILES]: { bundle: "ts-lib-files" },
};

/** Left to Node: loaded rarely (Swagger 2.0, multi-file specs, a README prettier must format, review builds). */
const NODE_EXTERNALS = ["prettier", "swagger2openapi", "@redocly/openapi-core", "esbuild"];

/** What openapi-typescript's index re-exports that the generator uses, without its redocly-based loader. */
const OPENAPI_TYPESCRIPT_CORE = `
export * from "./lib/ts.mjs";
export * from "./lib/utils.mjs";
export { default as transformSchema } from "./transform/index.mjs";
export { default as transformSchemaObject, transformSchemaObjectWithComposition } from "./transform/schema-object.mjs";
`;

/** The bundle folder for the current sources (built when missing), and the hash it is named by. */
export async function ensureBundles(root) {
  const cacheDir = path.join(root, "node_modules", ".cache", "specforge");
  const hash = sourceHash(root);
  const outdir = path.join(cacheDir, `cli-${hash}`);
  if (!existsSync(path.join(outdir, "core.cjs"))) await buildBundles(root, outdir);
  return { cacheDir, outdir, hash };
}

function sourceHash(root) {
  const hash = createHash("sha256");
  hashTree(path.join(root, "generator"), hash);
  hash.update(readFileSync(path.join(root, "package-lock.json")));
  return hash.digest("hex").slice(0, 16);
}

function hashTree(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(full, hash);
    else if (/\.(ts|mjs)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
  }
}

/** Builds every bundle into a temporary folder and renames it into place, so a folder that exists is complete. */
async function buildBundles(root, outdir) {
  const { build } = await import("esbuild");
  const temp = `${outdir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const nodeModules = path.join(root, "node_modules");
  const vendors = Object.keys(VENDOR_BUNDLES);
  const common = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    charset: "ascii",
    mainFields: ["module", "main"],
    logLevel: "error",
    legalComments: "none",
  };
  await build({
    ...common,
    // The core runs in the main thread; each worker bundle in a worker thread (launch/worker.mjs).
    entryPoints: {
      core: path.join(root, "generator", "main.ts"),
      "types-worker": path.join(root, "generator", "emit", "schema-types-worker.ts"),
    },
    outdir: temp,
    outExtension: { ".js": ".cjs" },
    external: [...vendors.filter((v) => v !== "typescript"), ...NODE_EXTERNALS],
    plugins: [typescriptDefaultPlugin()],
    // Modules locate templates relative to generator/ (see generator/paths.ts).
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path.join(root, "generator", "paths.ts")).href) },
  });
  const vendorEntries = {
    typescript: path.join(nodeModules, "typescript", "lib", "typescript.js"),
    "openapi-typescript": "specforge:openapi-typescript",
    "ts-morph": path.join(nodeModules, "ts-morph", "dist", "ts-morph.js"),
  };
  const libFiles = { text: undefined };
  for (const [name, entry] of Object.entries(vendorEntries)) {
    await build({
      ...common,
      entryPoints: [entry],
      outfile: path.join(temp, `vendor-${name}.cjs`),
      // openapi-typescript's two helpers from redocly's ref-utils are bundled; the rest of redocly stays out.
      external: [...vendors.filter((v) => v !== name), ...NODE_EXTERNALS.filter((e) => e !== "@redocly/openapi-core")],
      plugins: [typescriptDefaultPlugin(), vendorPlugin(nodeModules, libFiles)],
    });
  }
  if (libFiles.text !== undefined) {
    await build({
      ...common,
      stdin: { contents: `module.exports = ${libFiles.text};`, loader: "js" },
      outfile: path.join(temp, `vendor-${VENDOR_BUNDLES[TS_LIB_FILES].bundle}.cjs`),
    });
  }
  try {
    renameSync(temp, outdir);
  } catch {
    // Another process built the same set first.
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * `import ts from "typescript"` in ES modules, without esbuild's interop copying the compiler's thousands of
 * exports once per importing module: they import a one-line ES module whose default export is the compiler.
 * CommonJS `require("typescript")` stays external.
 */
function typescriptDefaultPlugin() {
  return {
    name: "specforge-typescript-default",
    setup(build) {
      build.onResolve({ filter: /^typescript$/ }, (args) =>
        args.kind === "import-statement"
          ? { path: "default", namespace: "ts-default" }
          : { path: "typescript", external: true },
      );
      build.onLoad({ filter: /.*/, namespace: "ts-default" }, () => ({
        contents: 'const ts = require("typescript");\nexport default ts;',
        loader: "js",
      }));
    },
  };
}

const LIB_FILES_START = "const libFiles = [";
const LIB_FILES_END = "\nfunction getLibFiles() {\n    return libFiles;\n}";

/**
 * One TypeScript for everything: ts-morph's own copy is replaced by the `typescript` vendor bundle. ts-morph's
 * in-memory lib files move to a bundle of their own, required when a Project first asks for them; when the
 * markers are not found (another ts-morph version) the file is bundled as it is.
 */
function vendorPlugin(nodeModules, libFiles) {
  return {
    name: "specforge-vendors",
    setup(build) {
      build.onResolve({ filter: /^specforge:openapi-typescript$/ }, () => ({ path: "core", namespace: "ot" }));
      build.onLoad({ filter: /.*/, namespace: "ot" }, () => ({
        contents: OPENAPI_TYPESCRIPT_CORE,
        resolveDir: path.join(nodeModules, "openapi-typescript", "dist"),
        loader: "js",
      }));
      build.onResolve({ filter: /^\.\/typescript(\.js)?$/ }, (args) =>
        args.importer.includes(`${path.sep}@ts-morph${path.sep}common${path.sep}`)
          ? { path: "typescript", external: true }
          : undefined,
      );
      build.onResolve({ filter: /^specforge:ts-lib-files$/ }, () => ({ path: TS_LIB_FILES, external: true }));
      build.onLoad({ filter: /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]ts-morph-common\.js$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const start = source.indexOf(LIB_FILES_START);
        const end = source.indexOf(LIB_FILES_END, start);
        if (start < 0 || end < 0) return undefined;
        libFiles.text = source
          .slice(start + LIB_FILES_START.length - 1, end)
          .trim()
          .replace(/;$/, "");
        const lazy = `let libFiles;\nfunction getLibFiles() {\n  return (libFiles ??= require("${TS_LIB_FILES}"));\n}`;
        return { contents: source.slice(0, start) + lazy + source.slice(end + LIB_FILES_END.length), loader: "js" };
      });
    },
  };
}
