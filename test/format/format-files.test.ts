import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { formatFiles, PRETTIER_OPTIONS } from "../../generator/format/format-files.js";

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

describe("formatFiles", () => {
  it("formats a README exactly as prettier's embedded formatting does, TypeScript blocks included", async () => {
    const out = await formatted(README);
    expect(out).toBe(await prettierAlone(README));
    expect(out).toContain('const client = new Petstore({\n  baseUrl: "https://api.example.com/v1",');
    expect(out).toContain("for await (const pet of client.pets.list({ limit: 10 })) {\n  console.log(pet.name);\n}");
  });

  it("falls back to prettier's own path for a block that does not parse or could run on into the next", async () => {
    const broken = `${README}\n\`\`\`ts\nconst x = {\n\`\`\`\n`;
    expect(await formatted(broken)).toBe(await prettierAlone(broken));
    const template = `${README}\n\`\`\`ts\nconst t = \`open\n\`\`\`\n\n\`\`\`ts\nconst u = 1\n\`\`\`\n`;
    expect(await formatted(template)).toBe(await prettierAlone(template));
    const json = `${README}\n\`\`\`json\n{"a":1,\n"b":[1,2]}\n\`\`\`\n`;
    expect(await formatted(json)).toBe(await prettierAlone(json));
    const tilde = `${README}\n~~~ts\nconst w={a:1}\n~~~\n`;
    expect(await formatted(tilde)).toBe(await prettierAlone(tilde));
    const comment = `${README}\n\`\`\`ts\n/* open\n\`\`\`\n\n\`\`\`ts\nconst v   = 2\n\`\`\`\n`;
    expect(await formatted(comment)).toBe(await prettierAlone(comment));
  });

  it("leaves files other than Markdown as printed", async () => {
    const [file] = await formatFiles([{ path: "src/index.ts", content: "const   a=1" }]);
    expect(file!.content).toBe("const   a=1");
  });
});
