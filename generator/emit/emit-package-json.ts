/** `package.json` and `tsconfig.json` of a generated package, as JSON.stringify of plain objects. */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Api } from "../normalize/ir.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";

const require = createRequire(import.meta.url);

/**
 * Version of an installed dependency, read from its package.json. The entry point is resolved and the folders
 * above it searched, because packages with an `exports` map (fast-xml-parser) do not export `./package.json`.
 */
export function installedVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (manifest.name === name && typeof manifest.version === "string") return manifest.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${name}`);
    dir = parent;
  }
}

/**
 * The package manifest: ESM only (Node 20.19+ can `require()` it; one module graph means one error class identity),
 * typed `exports`, only dist/ and the changelog published (npm adds README.md), no side effects; `prepack` builds,
 * so `npm pack` and `npm publish` never ship a stale dist/.
 */
export function emitPackageJson(api: Api): GeneratedFile {
  const manifest: Record<string, unknown> = {
    name: api.packageName,
    version: api.packageVersion,
    description: `TypeScript client for ${api.title}`.slice(0, 200),
    type: "module",
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./package.json": "./package.json",
    },
    files: ["dist", "CHANGELOG.md"],
    sideEffects: false,
    engines: { node: ">=20" },
    scripts: { build: "tsc -p tsconfig.json", prepack: "npm run build", typecheck: "tsc -p tsconfig.json --noEmit" },
  };
  if (api.usesXml) manifest["dependencies"] = { "fast-xml-parser": `^${installedVersion("fast-xml-parser")}` };
  manifest["devDependencies"] = { typescript: installedVersion("typescript") };
  return { path: "package.json", content: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** Strict settings, so `tsc -p <package>` checks the package alone and `npm run build` writes dist/. */
export function emitTsconfig(): GeneratedFile {
  const config = {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      declaration: true,
      sourceMap: false,
      rootDir: "src",
      outDir: "dist",
      skipLibCheck: false,
    },
    include: ["src"],
  };
  return { path: "tsconfig.json", content: `${JSON.stringify(config, null, 2)}\n` };
}
