/** Format stage: prettier (pinned), in-process, once per generated file. Runtime copies stay verbatim. */
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/generated-file.js";

const PARSERS: Record<string, string> = { ".ts": "typescript", ".json": "json", ".md": "markdown" };

/** Prettier settings for generated code; part of the cache key, so changing them regenerates everything. */
export const PRETTIER_OPTIONS = { printWidth: 100, trailingComma: "all", endOfLine: "lf" } as const;

/** Formats every file except the verbatim runtime copies. */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const ext = file.path.slice(file.path.lastIndexOf("."));
      const parser = PARSERS[ext];
      if (!parser || file.path.startsWith("src/runtime/")) return file;
      const content = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser });
      return { path: file.path, content };
    }),
  );
}
