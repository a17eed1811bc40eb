import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { formatFiles, PRETTIER_OPTIONS } from "../../generator/format/format-files.js";
import { formatMarkdownWithPrettier } from "../../generator/format/prettier-fallback.js";

/** What prettier itself makes of a README, embedded TypeScript formatted block by block. */
async function prettierAlone(markdown: string): Promise<string> {
  return prettier.format(markdown, { ...PRETTIER_OPTIONS, parser: "markdown" });
}

async function formatted(markdown: string): Promise<string> {
  const [file] = await formatFiles([{ path: "README.md", content: markdown }]);
  return file!.content;
}

const README = [
  "# Client",
  "",
  "Some   prose with *emphasis*.",
  "",
  "```ts",
  'const client = new Petstore({ baseUrl: "https://api.example.com/v1", auth: { bearerAuth: { token: "my-access-token" } } });',
  "```",
  "",
  "| a | b |",
  "|---|---|",
  "| 1 | 2 |",
  "",
  "```typescript",
  "for await (const pet of client.pets.list({limit:10})) { console.log(pet.name) }",
  "```",
  "",
  "```ts",
  "",
  "```",
  "",
  "- a list item",
  "",
  "  ```ts",
  "  const indented = {a:1}",
  "  ```",
  "",
].join("\n");

describe("formatFiles and the prettier fallback", () => {
  it("formats a README exactly as prettier's embedded formatting does, TypeScript blocks included", async () => {
    const out = await formatted(README);
    expect(out).toBe(await prettierAlone(README));
    expect(out).toContain('const client = new Petstore({\n  baseUrl: "https://api.example.com/v1",');
    expect(out).toContain("for await (const pet of client.pets.list({ limit: 10 })) {\n  console.log(pet.name);\n}");
  });

  it.each([
    ["a block that does not parse", `${README}\n\`\`\`ts\nconst x = {\n\`\`\`\n`],
    [
      "a template literal running on",
      `${README}\n\`\`\`ts\nconst t = \`open\n\`\`\`\n\n\`\`\`ts\nconst u = 1\n\`\`\`\n`,
    ],
    ["a JSON block", `${README}\n\`\`\`json\n{"a":1,\n"b":[1,2]}\n\`\`\`\n`],
    ["a tilde fence", `${README}\n~~~ts\nconst w={a:1}\n~~~\n`],
    ["a block comment running on", `${README}\n\`\`\`ts\n/* open\n\`\`\`\n\n\`\`\`ts\nconst v   = 2\n\`\`\`\n`],
  ])(
    "gives prettier's result for %s, through the layout and through the fallback's one-pass blocks",
    async (_name, markdown) => {
      const expected = await prettierAlone(markdown);
      expect(await formatted(markdown)).toBe(expected);
      expect(await formatMarkdownWithPrettier(markdown)).toBe(expected);
    },
  );

  it("leaves files other than Markdown as printed", async () => {
    const [file] = await formatFiles([{ path: "src/index.ts", content: "const   a=1" }]);
    expect(file!.content).toBe("const   a=1");
  });
});
