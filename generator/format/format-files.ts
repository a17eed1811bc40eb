/**
 * Format stage. TypeScript needs no pass: the TypeScript printer (schema types) and ts-morph's structure printer
 * (everything else) already emit it laid out — two-space indentation, lines broken by emit/code-layout.ts — so it is
 * final as printed. Markdown (the README) is laid out here exactly as prettier (pinned, `PRETTIER_OPTIONS`) would
 * format it, one `## ` section at a time (markdown/layout-markdown.ts); prettier itself is loaded only for a section
 * holding Markdown the layout cannot prove it handles. Measured on a 1,500-operation spec, prettier over the README
 * cost 1.1–2.6 s of a 5–7 s run, plus 0.3 s to load it.
 */
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { layoutMarkdownSection } from "./markdown/layout-markdown.js";
import { joinReadmeSections, needsWholeFile, splitReadmeSections } from "./markdown/readme-sections.js";

export { PRETTIER_OPTIONS } from "./prettier-options.js";

/** Formats the Markdown files; every other file is returned as printed. */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) =>
      file.path.endsWith(".md") ? { path: file.path, content: await formatMarkdown(file.content) } : file,
    ),
  );
}

/** Markdown as prettier formats it: laid out section by section, prettier only for sections the layout refuses. */
export async function formatMarkdown(markdown: string): Promise<string> {
  const sections = splitReadmeSections(markdown);
  if (sections.length === 0) return "";
  const laidOut = sections.map(layoutMarkdownSection);
  if (laidOut.every((section) => section !== undefined)) return joinReadmeSections(laidOut);
  const { formatMarkdownWithPrettier } = await import("./prettier-fallback.js");
  if (needsWholeFile(markdown)) return formatMarkdownWithPrettier(markdown);
  const filled = await Promise.all(
    laidOut.map(async (section, i) => section ?? (await formatMarkdownWithPrettier(sections[i]!)).trimEnd()),
  );
  return joinReadmeSections(filled);
}
