/**
 * Prettier (pinned) for the Markdown the README layout cannot prove it lays out exactly: loaded only when such
 * text exists. TypeScript code blocks are formatted in one TypeScript pass instead of one embedded pass each: a
 * README of a 1,500-operation spec has over 1,000 examples, and prettier's per-block cost made up more than half
 * of its formatting time. The result is the same as prettier's own embedded formatting (blocks are independent
 * statements); a block that does not parse, or that holds a template literal or a block comment (which could run
 * on into the next block), sends the text down prettier's own path.
 */
import * as prettier from "prettier";
import { PRETTIER_OPTIONS } from "./prettier-options.js";

/** A fenced TypeScript block at the start of a line, as prettier leaves it with embedded formatting off. */
const TS_FENCE = /^```(ts|typescript)\n([\s\S]*?)^```$/gm;
const INDENTED_TS_FENCE = /^[ \t]+```(ts|typescript)\s*$/m;
/** Fences prettier could format that the single pass does not handle (another language, `~~~`), in any position. */
const OTHER_CODE_FENCE = /^[ \t]*(?:~~~|```(?!(?:ts|typescript|sh)?\s*$))/m;
const BLOCK_MARKER = /^\/\/ @@specforge-block-(\d+)@@\n/m;

/** Markdown formatted by prettier with `PRETTIER_OPTIONS`, embedded TypeScript included. */
export async function formatMarkdownWithPrettier(markdown: string): Promise<string> {
  const options = { ...PRETTIER_OPTIONS, parser: "markdown" } as const;
  const plain = await prettier.format(markdown, { ...options, embeddedLanguageFormatting: "off" });
  const blocks = [...plain.matchAll(TS_FENCE)].map((m) => m[2]!);
  // Indented blocks (in lists), empty ones and other languages (a description's own ```json) are left to prettier.
  const special = INDENTED_TS_FENCE.test(plain) || OTHER_CODE_FENCE.test(plain) || blocks.some((b) => b.trim() === "");
  if (blocks.length === 0 && !special) return plain;
  const formatted = special ? undefined : await formatBlocks(blocks);
  if (formatted === undefined) return prettier.format(markdown, options);
  let index = 0;
  return plain.replace(TS_FENCE, (_all, lang: string) => `\`\`\`${lang}\n${formatted[index++]}\`\`\``);
}

/** Each block formatted as prettier would format it alone, or undefined when they cannot be formatted together. */
async function formatBlocks(blocks: readonly string[]): Promise<string[] | undefined> {
  // Only a template literal or a block comment can run past the end of a block into the next one's marker.
  if (blocks.some((b) => b.includes("@@specforge-block-") || b.includes("`") || b.includes("/*"))) return undefined;
  const source = blocks.map((block, i) => `// @@specforge-block-${i}@@\n${block}`).join("\n");
  let text: string;
  try {
    text = await prettier.format(source, { ...PRETTIER_OPTIONS, parser: "typescript" });
  } catch {
    return undefined;
  }
  const parts = text.split(BLOCK_MARKER);
  const out: string[] = [];
  for (let k = 1; k < parts.length; k += 2) out[Number(parts[k])] = parts[k + 1]!.replace(/\n+$/, "\n");
  return out.length === blocks.length && out.every((b) => b !== undefined) ? out : undefined;
}
