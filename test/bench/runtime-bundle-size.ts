/**
 * Bundle size of "a consumer that calls one operation": for each client a tiny entry module that creates a
 * client and exports one function calling GET /pets/{petId}, bundled by esbuild for the browser (minified,
 * tree-shaken, ESM), then gzipped (node:zlib, level 9). The generated package is imported by its package
 * name from a consumer folder's node_modules, so its package.json (`sideEffects: false`, `exports`) applies
 * just as for an npm user. The metafile says which modules the bytes come from.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";

/** esbuild options every entry is bundled with (reported in BENCHMARKS.md). */
export const BUNDLE_OPTIONS = { bundle: true, minify: true, format: "esm", platform: "browser", treeShaking: true } as const;

/** One consumer entry. */
export interface BundleCase {
  id: "specforge" | "openapi-fetch" | "hey-api" | "fetch";
  label: string;
  /** Source of the entry module (TypeScript). */
  source: string;
}

/** The measured sizes of one entry. */
export interface BundleSize {
  id: BundleCase["id"];
  label: string;
  minBytes: number;
  gzipBytes: number;
  /** Bytes in the minified output by input file (relative to the consumer folder), largest first. */
  modules: { file: string; bytes: number }[];
  entrySource: string;
}

const BASE = "https://api.petstore.test/v1";

/** The entries (specforge's imports its generated package `@specforge/petstore`). */
export function bundleCases(options: { heyApi: boolean }): BundleCase[] {
  const cases: BundleCase[] = [
    {
      id: "specforge",
      label: "specforge generated client",
      source: `import { Petstore } from "@specforge/petstore";\nconst client = new Petstore({ baseUrl: "${BASE}" });\nexport function getPet(petId: number) {\n  return client.pets.get({ petId });\n}\n`,
    },
    {
      id: "openapi-fetch",
      label: "openapi-fetch",
      source: `import createClient from "openapi-fetch";\nconst client = createClient({ baseUrl: "${BASE}" });\nexport async function getPet(petId: number) {\n  const { data, error } = await client.GET("/pets/{petId}", { params: { path: { petId } } });\n  if (error !== undefined) throw error;\n  return data;\n}\n`,
    },
  ];
  if (options.heyApi) {
    cases.push({
      id: "hey-api",
      label: "@hey-api/client-fetch",
      source: `import { createClient } from "@hey-api/client-fetch";\nconst client = createClient({ baseUrl: "${BASE}" });\nexport async function getPet(petId: number) {\n  const { data, error } = await client.get({ url: "/pets/{petId}", path: { petId } });\n  if (error !== undefined) throw error;\n  return data;\n}\n`,
    });
  }
  cases.push({
    id: "fetch",
    label: "raw fetch (reference)",
    source: `export async function getPet(petId: number) {\n  const res = await fetch(\`${BASE}/pets/\${encodeURIComponent(petId)}\`, { headers: { accept: "application/json" } });\n  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);\n  return res.json();\n}\n`,
  });
  return cases;
}

/** Bundles each case in `consumerDir` (which must resolve `@specforge/petstore` and the other packages). */
export async function measureBundles(consumerDir: string, cases: readonly BundleCase[]): Promise<BundleSize[]> {
  await mkdir(path.join(consumerDir, "entries"), { recursive: true });
  await mkdir(path.join(consumerDir, "bundles"), { recursive: true });
  const results: BundleSize[] = [];
  for (const c of cases) {
    const entry = path.join(consumerDir, "entries", `${c.id}.ts`);
    await writeFile(entry, c.source);
    const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [entry], write: false, metafile: true, logLevel: "error", absWorkingDir: consumerDir, outfile: path.join(consumerDir, "bundles", `${c.id}.js`) });
    const output = result.outputFiles.find((f) => f.path.endsWith(".js"));
    if (!output) throw new Error(`esbuild wrote no JavaScript for ${c.id}`);
    await writeFile(output.path, output.contents);
    results.push({
      id: c.id,
      label: c.label,
      minBytes: output.contents.byteLength,
      gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
      modules: modulesOf(result.metafile),
      entrySource: c.source,
    });
  }
  return results;
}

function modulesOf(metafile: Metafile): { file: string; bytes: number }[] {
  const output = Object.values(metafile.outputs)[0];
  if (!output) return [];
  return Object.entries(output.inputs)
    .map(([file, info]) => ({ file: file.replace(/^.*node_modules\//, ""), bytes: info.bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}


/** Groups of runtime modules (by file name in dist/runtime/) that serve one feature. */
export const RUNTIME_FAMILIES: readonly { name: string; pattern: RegExp }[] = [
  { name: "auth (API keys, bearer, basic, OAuth 2, TOTP, signing, secrets)", pattern: /^(auth.*|totp|token-.*|oauth2-.*|secret-registry|base64|hmac-.*)$/ },
  { name: "request bodies (multipart, form, NDJSON, streams, XML, JSON-text)", pattern: /^(bodies|multipart|form|streams|ndjson|json-text|xml)$/ },
  { name: "pagination", pattern: /^(pagination|page-promise|link-header|range-pages)$/ },
  { name: "error classes (errors, status-errors)", pattern: /^(errors|status-errors)$/ },
  { name: "redirects (redirect)", pattern: /^redirect$/ },
  { name: "retries and rate limits (retry, rate-limit)", pattern: /^(retry|rate-limit)$/ },
  { name: "redaction (redact)", pattern: /^redact$/ },
];

/** One family's share of a bundle. */
export interface FamilyCost {
  name: string;
  modules: string[];
  /** Sum of the family's bytesInOutput in the minified bundle. */
  minBytes: number;
  /** How much smaller the gzipped bundle gets when the family's modules are replaced by empty exports. */
  gzipSaved: number;
}

/** What the specforge bundle spends per runtime feature, and what is left without all of them ("core"). */
export interface FamilyBreakdown {
  families: FamilyCost[];
  core: { modules: string[]; minBytes: number; gzipBytes: number };
}

const runtimeModuleName = (file: string): string | undefined => /\/dist\/runtime\/([^/]+)\.js$/.exec(file)?.[1];
const familyOf = (file: string) => {
  const name = runtimeModuleName(file);
  return name === undefined ? undefined : RUNTIME_FAMILIES.find((f) => f.pattern.test(name));
};

/**
 * Rebuilds the specforge entry with each family's modules replaced by stubs exporting `undefined` (the bundle
 * no longer runs; only its size matters), to measure what each family costs after gzip — gzip sizes do not add
 * up per module, so this is the honest way to attribute them.
 */
export async function familyBreakdown(consumerDir: string, measured: BundleSize): Promise<FamilyBreakdown> {
  const entry = path.join(consumerDir, "entries", `${measured.id}.ts`);
  const sized = async (stubbed: readonly (typeof RUNTIME_FAMILIES)[number][]): Promise<number> => {
    const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [entry], write: false, logLevel: "silent", absWorkingDir: consumerDir, outfile: path.join(consumerDir, "bundles", "stubbed.js"), plugins: [stubPlugin(stubbed)] });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength;
  };
  const families: FamilyCost[] = [];
  for (const family of RUNTIME_FAMILIES) {
    const modules = measured.modules.filter((m) => familyOf(m.file) === family);
    if (modules.length === 0) continue;
    families.push({ name: family.name, modules: modules.map((m) => runtimeModuleName(m.file)!), minBytes: modules.reduce((a, m) => a + m.bytes, 0), gzipSaved: measured.gzipBytes - (await sized([family])) });
  }
  const coreModules = measured.modules.filter((m) => familyOf(m.file) === undefined);
  return {
    families: families.sort((a, b) => b.gzipSaved - a.gzipSaved),
    core: { modules: coreModules.map((m) => m.file.replace(/^.*\/dist\//, "")), minBytes: coreModules.reduce((a, m) => a + m.bytes, 0), gzipBytes: await sized(RUNTIME_FAMILIES) },
  };
}

function stubPlugin(families: readonly (typeof RUNTIME_FAMILIES)[number][]): Plugin {
  return {
    name: "specforge-bench-stub-families",
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]dist[\\/]runtime[\\/][^\\/]+\.js$/ }, async (args) => {
        const family = familyOf(args.path.split(path.sep).join("/"));
        if (family === undefined || !families.includes(family)) return undefined;
        const names = await exportNames(args.path);
        return { contents: names.map((name) => (name === "default" ? "export default void 0;" : `export const ${name} = void 0;`)).join("\n"), loader: "js" };
      });
    },
  };
}

async function exportNames(file: string): Promise<string[]> {
  const result = await build({ stdin: { contents: await readFile(file, "utf8"), loader: "js", resolveDir: path.dirname(file) }, bundle: false, write: false, metafile: true, format: "esm", logLevel: "silent" });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports);
}
