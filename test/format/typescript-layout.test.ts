/**
 * The TypeScript layout of README examples against prettier: the shapes the README builds (long calls, hugged
 * objects, member chains, blocks, comments, unions) print exactly as prettier prints them; code outside the handled
 * language is refused; and random sample values in call shapes print as prettier prints them.
 */
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/format/format-files.js";
import { LayoutUnsupported } from "../../generator/format/layout-unsupported.js";
import { layoutTypeScript } from "../../generator/format/typescript/layout-typescript.js";
import { toCodeLiteral } from "../../generator/naming/literals.js";

const WIDTH = PRETTIER_OPTIONS.printWidth;
const prettierTs = async (code: string): Promise<string> =>
  (await prettier.format(code, { ...PRETTIER_OPTIONS, parser: "typescript" })).replace(/\n$/, "");

const EXAMPLES: [string, string][] = [
  [
    "imports",
    'import { ApiConnectionError, ApiStatusError, ApiTimeoutError, NotFoundError, RateLimitError, X } from "@x/y";',
  ],
  [
    "a hugged constructor object",
    'const client = new SideFx({ auth: { applicationToken: { clientId: "my-client-id", clientSecret: "s", flow: "clientCredentials" } } });',
  ],
  [
    "a member chain",
    'const { data, response } = await client.download.getDailyBuildsList({ product: "houdini" }).withResponse();',
  ],
  [
    "two arguments broken out",
    'await client.images.create({ image_full: new Blob(["file contents"]) }, { idempotencyKey: "order-2024-0001" });',
  ],
  [
    "for await over a long call",
    'for await (const item of client.contentItems.list({ typeAlias: "articles", language: "en", version: "live" })) {\n  console.log(item);\n}',
  ],
  [
    "if/else chains",
    'try {\n  x();\n} catch (error) {\n  if (error instanceof NotFoundError) console.log("not found", error.body);\n  else if (error instanceof ApiTimeoutError || error instanceof ApiConnectionError) console.log("network trouble:", error.message);\n  else throw error;\n}',
  ],
  [
    "blocks and annotations",
    "const outcome = await client.a.b().asResult();\nif (outcome.ok) {\n  console.log(outcome.data);\n} else if (outcome.status !== undefined) {\n  const body: ErrorBody = outcome.error.body;\n}",
  ],
  [
    "arrow bodies and kept-open objects",
    'let saved: OAuthTokens | undefined; // e.g. loaded\nconst client = new X({\n  auth: {\n    oauth2: {\n      tokenStore: { get: () => saved, set: (tokens) => { saved = tokens; } },\n      onTokens: (tokens) => console.log("new access token, expires at", tokens.expiresAt),\n    },\n  },\n});',
  ],
  [
    "comments and blank lines",
    "// Per call:\nconst controller = new AbortController();\nsetTimeout(() => controller.abort(), 30_000);\n\n// Client-wide defaults:\nconst patient = new X({ timeout: 120_000, maxRetries: 4, maxRetryAfter: 30_000 }); // trailing",
  ],
  [
    "templates and chains with arrows",
    'const hmacKey = await crypto.subtle.importKey("raw", new TextEncoder().encode(secretKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);\nconst signature = Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");\nconst text = `${method}\\n${headers["content-type"] ?? ""}\\n${url}`;',
  ],
  [
    "functions",
    'async function open(link: Link) {\n  const followed = await client.follow(link);\n  if (followed.operation === "getPet") console.log(followed.data);\n  return client.follow(link, "getPet");\n}',
  ],
  [
    "strings, numbers and keys",
    `const x = { "folder.id": 'it\\'s', "plain": "say \\"hi\\"", n: 1.50, m: 1E+21, ["__proto__"]: [1, 2, 3] } as const;`,
  ],
  [
    "optional chaining and missing semicolons",
    "console.log(data.goal, readRateLimit(response)?.remaining)\nconst a = {b:1}",
  ],
  ["long strings after a key", `const c = await client.a.b({ description: "${"word ".repeat(22)}", id: 1 });`],
  [
    "number arrays",
    `const c = await client.a.b({ ids: [${Array.from({ length: 40 }, (_, i) => i * 1000).join(", ")}] });`,
  ],
];

const REFUSED: [string, string][] = [
  ["a conditional", "const a = b ? c : d;"],
  ["a block comment", "/* note */ const a = 1;"],
  ["division", "const a = b / c;"],
  ["a class", "class A {}"],
  ["mixed logical operators", "const a = b && c || d;"],
  ["a test call", 'it("works", () => {});'],
  ["a non-ASCII quoted key", 'const a = { "café": 1 };'],
];

describe("TypeScript layout", () => {
  it.each(EXAMPLES)("prints %s exactly as prettier", async (_name, code) => {
    expect(layoutTypeScript(code, WIDTH)).toBe(await prettierTs(code));
  });

  it.each(REFUSED)("refuses %s", (_name, code) => {
    expect(() => layoutTypeScript(code, WIDTH)).toThrow(LayoutUnsupported);
  });

  it("prints random sample values in call shapes as prettier does", { timeout: 120_000 }, async () => {
    const shapes = [
      (v: string) => `const created = await client.items.create(${v});`,
      (v: string) => `for await (const item of client.things.list(${v})) {\n  console.log(item);\n}`,
      (v: string) => `await client.a.b(${v}, { maxRetries: 5, timeout: 10_000, signal: controller.signal });`,
      (v: string) => `const { data, response } = await client.x.get(${v}).withResponse();`,
      (v: string) => `const client = new Api({ baseUrl: "https://api.example.com", auth: { key: ${v} } });`,
    ];
    const key = fc.oneof(
      fc.constantFrom("id", "folder.id", "x-y", "1", "default", "__proto__", "constructor"),
      fc.string(),
    );
    const leaf = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("value"), { maxLength: 5 }),
        fc.dictionary(key, tie("value")),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(value, fc.nat(shapes.length - 1), async (sample, shape) => {
        const code = shapes[shape]!(toCodeLiteral(sample));
        expect(layoutTypeScript(code, WIDTH)).toBe(await prettierTs(code));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
