/** Reading a README's code blocks and wrapping one as a module that type-checks against its package. */

export interface Block {
  info: string;
  code: string;
}

/** The fenced code blocks of a Markdown document, with their info strings. */
export function extractCodeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i]!.startsWith(open[1]!) && lines[i]!.trim() === open[1]); i++)
      body.push(lines[i]!);
    blocks.push({ info: open[2]!.trim(), code: body.join("\n") });
  }
  return blocks;
}

/**
 * A module for one block: hoisted imports (package name → `importFrom`, by default the package's ../src/index.js),
 * `client` declared, the rest in a function.
 */
export function wrapBlock(
  code: string,
  packageName: string,
  clientName: string,
  importFrom = "../src/index.js",
): string {
  const imports: string[] = [];
  const body: string[] = [];
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith("import ")) {
      body.push(`  ${lines[i]}`);
      continue;
    }
    let statement = lines[i]!;
    while (!/ from "[^"]+";$/.test(statement) && i + 1 < lines.length) statement += `\n${lines[++i]}`;
    imports.push(statement.replace(` from ${JSON.stringify(packageName)};`, ` from ${JSON.stringify(importFrom)};`));
  }
  return [
    ...imports,
    `import type { ${clientName} as ReadmeClient } from ${JSON.stringify(importFrom)};`,
    `declare const client: ReadmeClient;`,
    `export async function example(): Promise<void> {`,
    ...body,
    `}`,
    "",
  ].join("\n");
}
