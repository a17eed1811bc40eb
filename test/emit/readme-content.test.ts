/** README content: Markdown-safe spec text, sample arguments, complete option tables, and every section where it belongs. */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { emitReadme } from "../../generator/emit/emit-readme.js";
import { inlineMarkdown, markdownProse } from "../../generator/emit/readme-markdown.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";
import { generateInMemory } from "../support/generate.js";
import { KITCHEN_SINK_SPEC } from "./readme-kitchen-sink.js";

const api = (doc: Record<string, unknown>) =>
  normalizeApi(doc, { id: "t", packageName: "@specforge/t", packageVersion: "0.1.0", sourceName: "t.yaml" });

describe("markdownProse", () => {
  it.each([
    ["Use `a<b>` and <script>x</script>.", "Use `a<b>` and \\<script>x\\</script>."],
    ["See <https://x.example/a> and <javascript:alert(1)>", "See <https://x.example/a> and \\<javascript:alert(1)>"],
    [
      "[ok](https://a.b) [bad](javascript:alert(1)) [ent](&#106;avascript:x) [rel](docs/a.md)",
      "[ok](https://a.b) [bad]\\(javascript:alert(1)) [ent]\\(&#106;avascript:x) [rel](docs/a.md)",
    ],
    ["[x]: javascript:alert(1)", "\\[x]: javascript:alert(1)"],
    ["# Top\n### Three", "#### Top\n###### Three"],
    ["```html\n<b>kept</b>\n```\n<i>", "```html\n<b>kept</b>\n```\n\\<i>"],
    ["```\n<b>open fence", "```\n<b>open fence\n```"],
    ["\\`not code <b>`", "\\`not code \\<b>`"],
    ["- item\n  ```\n- next <b>", "- item\n  ```\n- next \\<b>"],
    ["a &amp; b & c", "a &amp; b & c"],
    ["one\u2028two\r\nthree", "one\ntwo\nthree"],
  ])("%j → %j", (text, want) => {
    expect(markdownProse(text)).toBe(want);
  });
});

describe("inlineMarkdown", () => {
  it.each([
    ["List `a|b` <i> *x*", "List `a\\|b` \\<i\\> \\*x\\*"],
    ["half `open", "half \\`open"],
    ["multi\nline", "multi line"],
  ])("%j → %j", (text, want) => {
    expect(inlineMarkdown(text)).toBe(want);
  });
});

describe("README sample arguments", () => {
  const doc = {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    servers: [{ url: "https://api.example.com" }],
    paths: {
      "/items": {
        post: {
          operationId: "createItem",
          tags: ["items"],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } },
          },
          responses: {},
        },
      },
      "/items/{id}": {
        get: {
          operationId: "getItem",
          tags: ["items"],
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "integer" }, example: "not a number" },
          ],
          responses: {},
        },
      },
    },
    components: {
      schemas: {
        Item: {
          type: "object",
          required: ["id", "name", "size"],
          properties: {
            id: { type: "integer", readOnly: true },
            name: { type: "string", example: "Lamp" },
            size: { type: "string", enum: ["s", "m"], default: "m" },
            note: { type: "string" },
          },
        },
      },
    },
  };

  it("fills a spread body's required, writable properties from examples, defaults and enums", () => {
    const readme = emitReadme(api(doc)).content;
    expect(readme).toContain('await client.items.create({ name: "Lamp", size: "m" })');
  });

  it("ignores an example that does not fit the parameter's type", () => {
    const op = api(doc).operations.find((o) => o.operationId === "getItem")!;
    expect(op.readmeArgs).toEqual([["id", { kind: "data", value: 1 }]]);
  });
});

/** Member names of an interface in a runtime source file. */
function interfaceMembers(file: string, name: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const decl = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  return (decl?.members ?? [])
    .map((m) => (m.name && ts.isIdentifier(m.name) ? m.name.text : ""))
    .filter((n) => n !== "");
}

describe("the kitchen-sink README (formatted, as shipped)", () => {
  let readme = "";
  beforeAll(async () => {
    const { writeFile, mkdir } = await import("node:fs/promises");
    await mkdir("test/.out/readme-specs", { recursive: true });
    await writeFile("test/.out/readme-specs/kitchen-sink-content.json", JSON.stringify(KITCHEN_SINK_SPEC));
    const result = await generateInMemory("test/.out/readme-specs/kitchen-sink-content.json", { id: "kitchen-sink" });
    readme = result.files.find((f) => f.path === "README.md")!.content;
  });

  it("documents every client option and every per-call option the runtime has", () => {
    const options = "templates/runtime/client-options.ts";
    // Generated, not user options: the spec's schemes, and parameter defaults filled from generated options.
    const clientOptions = interfaceMembers(options, "ClientOptions").filter(
      (n) => n !== "securitySchemes" && n !== "paramDefaults",
    );
    const callOptions = [
      ...interfaceMembers(options, "RequestOptions"),
      ...interfaceMembers("templates/runtime/client-paginate.ts", "PaginateOptions"),
    ];
    expect(callOptions).toContain("maxPages");
    expect(clientOptions.length).toBeGreaterThan(8);
    for (const name of [...clientOptions, "environment", "serverVariables", ...callOptions])
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, "m"));
    for (const name of interfaceMembers("templates/runtime/auth-types.ts", "OAuth2Auth"))
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, "m"));
  });

  it("has a construction example for every security scheme, right for its kind", () => {
    for (const scheme of Object.keys(KITCHEN_SINK_SPEC.components.securitySchemes))
      expect(readme).toContain(`#### \`${scheme}\`:`);
    expect(readme).toContain("Sent in the header `X-API-Key`.");
    expect(readme).toContain("Sent in the query parameter `api_key`.");
    expect(readme).toContain("Sent in the cookie `sid`.");
    expect(readme).toContain("Sent as `Authorization: token <token>`.");
    for (const flow of ["clientCredentials", "password", "authorizationCode", "implicit"])
      expect(readme).toContain(`flow: "${flow}"`);
    expect(readme).toContain("client.oauth.oauth.completeAuthorization(callbackUrl, request)");
    expect(readme).toContain("client.oauth.oauth.handleImplicitRedirect(redirectedTo, request.state)");
    expect(readme).toMatch(/sign: async \(\{ method, url, headers \}\) =>/);
    expect(readme).toContain("with `client_secret_post`");
  });

  it("lists environments with their variables, idempotency and retry-safe operations", () => {
    expect(readme).toMatch(
      /\| `"production"` \(default\) \| `https:\/\/\{region\}\.api\.example\.com\/\{version\}` \|/,
    );
    expect(readme).toMatch(/\| `region` +\| `"production"` \| `"eu"` +\| `"eu"`, `"us"` \| Data `region` \|/);
    expect(readme).toContain('serverVariables: { region: "us", version: "v1" }');
    expect(readme).toContain("`X-Idempotency-Key`");
    expect(readme).toContain("safe to repeat (`client.rpc.call()`)");
  });

  it("has pagination, errors and an operations table with every operation", () => {
    for (const heading of [
      "## Install",
      "## Create a client",
      "## Client options",
      "## Per-call options",
      "## Usage",
      "## Pagination",
      "## Responses and errors",
      "## Retries and timeouts",
      "## Operations",
    ])
      expect(readme).toContain(heading);
    expect(readme).toContain(".pages()");
    expect(readme).toContain("{ maxPages: 50 }");
    expect(readme).toContain(".asResult()");
    for (const name of ["ApiAuthError", "ApiRedirectError", "ApiPaginationError"])
      expect(readme).toContain(`\`${name}\``);
    expect(readme).toMatch(/\| `client\.rpc\.pipes\(\)` +\| GET +\| ``\/a\\\|b`c`` +\|/);
    expect(readme).toMatch(
      /\| `client\.notes\.legacy\(\)` +\| GET +\| `\/legacy` +\| \*\*Deprecated\.\*\* Old `listing` +\|/,
    );
    expect(readme.match(/^\| `client\./gm)).toHaveLength(9);
  });

  it("keeps spec text inert: no raw HTML, no HTML entities from escaping, code spans intact", () => {
    expect(readme).not.toMatch(/&#x|&lt;|&gt;|&amp;|&quot;/);
    expect(readme).not.toMatch(/(^|[^\\])<(script|img|b>)/m);
    expect(readme).toContain("\\<img src=x onerror=alert(1)> and `<kept>` in code.");
    expect(readme).toContain("List orders (`status` \\| filter) \\<script\\>alert(1)\\</script\\>");
    expect(readme).toContain("**Kitchen \\`Sink\\` \\<b\\>API\\</b\\>**");
  });
});
