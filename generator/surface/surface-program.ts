/**
 * One in-memory TypeScript program holding two generated packages (base under /base, head under /head), so
 * their declarations can be compared with the checker's own assignability. Both import one copy of the runtime
 * (the base's), which makes runtime classes with private members (ApiPromise, …) the same type on both sides.
 */
import path from "node:path";
import ts from "typescript";
import type { GeneratedFile } from "../pipeline/generated-file.js";

/** Where each side's package lives in the virtual file system. */
export const SIDE_ROOTS = { base: "/specforge-surface/base", head: "/specforge-surface/head" } as const;

const VIRTUAL_ROOT = "/specforge-surface";

const RUNTIME_DIR = "src/runtime/";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: true,
};

/** Builds the program; `head` or `base` may be empty (a package added or removed). */
export function createSurfaceProgram(files: {
  base: readonly GeneratedFile[];
  head: readonly GeneratedFile[];
}): ts.Program {
  const texts = new Map<string, string>();
  for (const side of ["base", "head"] as const) {
    for (const file of files[side])
      if (file.path.endsWith(".ts")) texts.set(path.posix.join(SIDE_ROOTS[side], file.path), file.content);
  }
  const sharedRuntime =
    files.base.some((f) => f.path.startsWith(RUNTIME_DIR)) && files.head.some((f) => f.path.startsWith(RUNTIME_DIR));
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => texts.get(name) ?? readFile(name);
  host.fileExists = (name) => texts.has(name) || fileExists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => dir.startsWith(VIRTUAL_ROOT) || (directoryExists ? directoryExists(dir) : true);
  host.getSourceFile = (name, language) => {
    const text = texts.get(name);
    return text === undefined ? getSourceFile(name, language) : ts.createSourceFile(name, text, language, true);
  };
  host.resolveModuleNames = (names, containing) =>
    names.map((name) => {
      const resolved = ts.resolveModuleName(name, containing, OPTIONS, host).resolvedModule;
      const headRuntime = `${SIDE_ROOTS.head}/${RUNTIME_DIR}`;
      if (sharedRuntime && resolved?.resolvedFileName.startsWith(headRuntime)) {
        return {
          ...resolved,
          resolvedFileName: `${SIDE_ROOTS.base}/${RUNTIME_DIR}${resolved.resolvedFileName.slice(headRuntime.length)}`,
        };
      }
      return resolved;
    });
  const roots = (["base", "head"] as const)
    .map((side) => `${SIDE_ROOTS[side]}/src/index.ts`)
    .filter((f) => texts.has(f));
  return ts.createProgram({ rootNames: roots, options: OPTIONS, host });
}
