/** Review lint rules: one small spec per rule (the finding, its location, its default severity) and the configuration file. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintSpec } from "../../generator/generate.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "specforge-lint-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let count = 0;

/** A clean spec; each case swaps in one flaw. */
const CLEAN = {
  paths: `  /items/{id}:
    get:
      operationId: getItem
      summary: Gets an item
      parameters:
        - { name: id, in: path, required: true, description: The item's id., schema: { type: string } }
      security: [{ bearer: [] }]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Item" }
              example: { id: "a", size: 3 }`,
  servers: "  - url: https://api.example.com",
  schemas: `    Item:
      type: object
      properties:
        id: { type: string }
        size: { type: integer }`,
  schemes: "    bearer: { type: http, scheme: bearer }",
};

function writeSpec(parts: Partial<typeof CLEAN>, config?: unknown): string {
  const p = { ...CLEAN, ...parts };
  const dir = path.join(tmp, `case-${++count}`);
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, "openapi.yaml"),
    `openapi: 3.1.0\ninfo: { title: Lint, version: "1" }\nservers:\n${p.servers}\npaths:\n${p.paths}\ncomponents:\n  schemas:\n${p.schemas}\n  securitySchemes:\n${p.schemes}\n`,
  );
  if (config !== undefined) writeFileSync(path.join(dir, "specforge.config.json"), JSON.stringify(config, null, 2));
  return dir;
}

async function findings(dir: string): Promise<string[]> {
  return (await lintSpec(dir)).map(
    (d) => `${d.severity} ${d.code} ${d.location.line}:${d.location.column} ${d.location.pointer}`,
  );
}

const CASES: { name: string; parts: Partial<typeof CLEAN>; want: string[] }[] = [
  { name: "clean", parts: {}, want: [] },
  {
    name: "operation-id-missing",
    parts: { paths: CLEAN.paths.replace("      operationId: getItem\n", "") },
    want: ["warning operation-id-missing 8:7 /paths/~1items~1{id}/get"],
  },
  {
    name: "operation-description-missing",
    parts: { paths: CLEAN.paths.replace("      summary: Gets an item\n", "") },
    want: ["warning operation-description-missing 8:7 /paths/~1items~1{id}/get"],
  },
  {
    name: "parameter-description-missing",
    parts: { paths: CLEAN.paths.replace(" description: The item's id.,", "") },
    want: ["warning parameter-description-missing 11:11 /paths/~1items~1{id}/get/parameters/0"],
  },
  {
    name: "server-not-https",
    parts: { servers: "  - url: http://api.example.com\n  - url: http://localhost:8080" },
    want: ["warning server-not-https 4:10 /servers/0/url"],
  },
  {
    name: "security-scheme-unused",
    parts: { schemes: `${CLEAN.schemes}\n    key: { type: apiKey, in: header, name: X-Key }` },
    want: ["warning security-scheme-unused 29:10 /components/securitySchemes/key"],
  },
  {
    name: "example-mismatch (media type example)",
    parts: { paths: CLEAN.paths.replace('example: { id: "a", size: 3 }', 'example: { id: "a", size: "three" }') },
    want: ["warning example-mismatch 19:24 /paths/~1items~1{id}/get/responses/200/content/application~1json/example"],
  },
  {
    name: "example-mismatch (schema examples)",
    parts: {
      schemas: CLEAN.schemas.replace("size: { type: integer }", "size: { type: integer, minimum: 1, examples: [0] }"),
    },
    want: ["warning example-mismatch 26:55 /components/schemas/Item/properties/size/examples/0"],
  },
  {
    name: "inline-schema-name",
    parts: {
      schemas: `${CLEAN.schemas}\n        parts:\n          type: array\n          items:\n            type: object\n            properties:\n              name: { type: string }`,
    },
    want: ["warning inline-schema-name 30:13 /components/schemas/Item/properties/parts/items"],
  },
  {
    name: "inline-schema-name (variant)",
    parts: {
      schemas: `${CLEAN.schemas}\n        owner:\n          oneOf:\n            - type: object\n              properties:\n                name: { type: string }\n            - type: string`,
    },
    want: ["warning inline-schema-name 29:15 /components/schemas/Item/properties/owner/oneOf/0"],
  },
];

describe("lint rules", () => {
  it.each(CASES)("$name", async ({ parts, want }) => {
    expect(await findings(writeSpec(parts))).toEqual(want);
  });

  it("keeps the validator's undefined-security-scheme error", async () => {
    const dir = writeSpec({
      paths: CLEAN.paths.replace("security: [{ bearer: [] }]", "security: [{ bearer: [] }, { oauth: [] }]"),
    });
    expect(await findings(dir)).toEqual([
      "error unknown-security-scheme 12:43 /paths/~1items~1{id}/get/security/1/oauth",
    ]);
  });
});

describe("x-specforge-breaking-ok", () => {
  it("accepts acknowledgements and reports malformed ones, located", async () => {
    const good = writeSpec({
      servers: `${CLEAN.servers}\nx-specforge-breaking-ok:\n  - { rule: operation-removed, subject: "DELETE /items/{id}", reason: retired }`,
    });
    expect(await findings(good)).toEqual([]);
    const bad = writeSpec({ servers: `${CLEAN.servers}\nx-specforge-breaking-ok:\n  - { rule: "Operation Removed" }` });
    const codes = (await lintSpec(bad)).map((d) => `${d.code} ${d.location.line}`);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith("invalid-extension 6"))).toBe(true);
  });
});

describe("specforge.config.json", () => {
  const flawed = {
    paths: CLEAN.paths.replace("      summary: Gets an item\n", "").replace(" description: The item's id.,", ""),
  };

  it("raises, lowers and turns off rules", async () => {
    const dir = writeSpec(flawed, {
      lint: { rules: { "operation-description-missing": "error", "parameter-description-missing": "off" } },
    });
    expect(await findings(dir)).toEqual(["error operation-description-missing 8:7 /paths/~1items~1{id}/get"]);
  });

  it("reports unknown rules and settings at their line, as errors", async () => {
    const dir = writeSpec(
      {},
      { lint: { rules: { "operation-descripton-missing": "off", "server-not-https": "loud" } } },
    );
    const diagnostics = await lintSpec(dir);
    expect(
      diagnostics.map(
        (d) =>
          `${d.severity} ${d.code} ${path.basename(d.location.file)}:${d.location.line}:${d.location.column} ${d.message}`,
      ),
    ).toEqual([
      'error invalid-lint-config specforge.config.json:4:7 unknown lint rule "operation-descripton-missing" (did you mean "operation-description-missing"?)',
      'error invalid-lint-config specforge.config.json:5:7 server-not-https: expected "error", "warning" or "off", got "loud"',
    ]);
  });
});
