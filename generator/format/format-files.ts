/**
 * Format stage. TypeScript needs no pass: the TypeScript printer (schema types) and ts-morph's structure printer
 * (everything else) already emit it laid out — two-space indentation, lines broken by emit/code-layout.ts — so
 * it is final as printed. Prettier (pinned) formats the Markdown README, in-process, once. Measured on a
 * 1,500-operation spec, running prettier over the TypeScript as well cost about 12 s of a 20 s run
 * (BENCHMARKS.md); it bought line wrapping the printers now do themselves.
 */
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/generated-file.js";

/** Prettier settings for generated documentation; part of the cache key, so changing them regenerates everything. */
export const PRETTIER_OPTIONS = { printWidth: 100, proseWrap: "preserve", endOfLine: "lf" } as const;

/** Formats the Markdown files; every other file is returned as printed. */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (!file.path.endsWith(".md")) return file;
      return { path: file.path, content: await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: "markdown" }) };
    }),
  );
}
