/** `package.json` and `tsconfig.json` of a generated package, as JSON.stringify of plain objects. */
import { createRequire } from "node:module";
import type { Api } from "../normalize/ir.js";
import type { GeneratedFile } from "./generated-file.js";

const require = createRequire(import.meta.url);

/** Version ranges of what generated packages depend on, taken from the installed copies. */
function installedVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** The package manifest: ESM, typed `exports`, only dist/ published, no side effects. */
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
    files: ["dist"],
    sideEffects: false,
    engines: { node: ">=20" },
    scripts: { build: "tsc -p tsconfig.json", typecheck: "tsc -p tsconfig.json --noEmit" },
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
