/** Test helpers: generate a package in memory, write it for type-checking, and type-check folders in-process. */
import { mkdir, rm, symlink } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import type { GeneratedFile } from "../../generator/pipeline/generated-file.js";
import { generatePackage, type GenerateResult } from "../../generator/generate.js";
import { writePackage } from "../../generator/write/write-package.js";

/** Where tests put generated packages (gitignored). */
export const OUT_ROOT = path.resolve("test/.out");

/** Runs the whole pipeline without touching disk (except reading the spec) and returns its files. */
export async function generateInMemory(
  specPath: string,
  options: { packageName?: string; id?: string } = {},
): Promise<GenerateResult & { files: GeneratedFile[] }> {
  return generatePackage({
    specPath,
    outDir: path.join(OUT_ROOT, "__nowhere__"),
    check: true,
    noCache: true,
    ...options,
  });
}

/** Writes files as a package under test/.out/<name> (replacing what was there). */
export async function writeTestPackage(name: string, files: readonly GeneratedFile[]): Promise<string> {
  const dir = path.join(OUT_ROOT, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writePackage(dir, files);
  return dir;
}

/**
 * Replaces a written package's `src/runtime` copy with a link to templates/runtime (the drift test proves they are
 * equal), so a program type-checking many packages (one batch) checks the runtime once.
 */
export async function shareRuntime(dir: string): Promise<void> {
  await rm(path.join(dir, "src/runtime"), { recursive: true, force: true });
  await symlink(path.resolve("templates/runtime"), path.join(dir, "src/runtime"));
}

/** Compiler options of the strictest consumer we promise to support. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  skipLibCheck: false,
};

/** Type-checks every `.ts` file under the given folders in one program; returns formatted errors. */
export function typeCheck(dirs: readonly string[], options: ts.CompilerOptions = STRICT_OPTIONS): string[] {
  const files = dirs.flatMap((dir) => ts.sys.readDirectory(dir, [".ts"], ["**/node_modules/**", "**/dist/**"]));
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(process.cwd(), d.file.fileName)}:${line + 1}:${character + 1} ${message}`;
  });
}

/**
 * `typeCheck` for any number of folders, in programs of at most `batchSize` folders each: a checker's memory grows
 * with everything it has checked and is freed only with its program, so one program for hundreds of packages runs
 * out of heap. Errors in files the batches share (lib, runtime) are reported once.
 */
export function typeCheckInBatches(
  dirs: readonly string[],
  batchSize: number,
  options: ts.CompilerOptions = STRICT_OPTIONS,
): string[] {
  const errors = new Set<string>();
  for (let start = 0; start < dirs.length; start += batchSize) {
    for (const error of typeCheck(dirs.slice(start, start + batchSize), options)) errors.add(error);
  }
  return [...errors];
}
