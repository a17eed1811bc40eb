/** The loader: multi-file specs keep positions per file, remote refs only when allowed, limits hold. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { LOAD_LIMITS } from "../../generator/load/limits.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { upgradeSpec } from "../../generator/load/upgrade-swagger.js";
import { startServer } from "../runtime/test-server.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "specforge-load-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe("multi-file specs", () => {
  it("bundles refs (including a cycle across files) and maps pointers back to the file they came from", async () => {
    const loaded = await loadSpec("test/load/specs/multi");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const doc = loaded.spec.document as { components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.components.schemas).sort()).toEqual(["owner", "pet"]);
    expect(loaded.spec.sources.locate("/components/schemas/owner/properties/bad/type")).toEqual({
      file: "test/load/specs/multi/schemas/owner.yaml",
      line: 6,
      column: 15,
      pointer: "/properties/bad/type",
    });
    expect(loaded.spec.sources.locate("/paths/~1pets/get/operationId")).toMatchObject({
      file: "test/load/specs/multi/openapi.yaml",
      line: 6,
    });
  });
});

describe("remote refs", () => {
  const spec = (url: string) =>
    `openapi: 3.1.0\ninfo: {title: R, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: "${url}#/Pet"}\n`;
  it("are fetched with --allow-remote-refs", async () => {
    const server = await startServer();
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/yaml" });
      res.end("Pet:\n  type: object\n  properties:\n    name: {type: string}\n");
    });
    try {
      const file = write("remote.yaml", spec(`${server.url}/schemas.yaml`));
      const refused = await loadSpec(file);
      expect(refused.ok ? [] : refused.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
        ["remote-ref-refused", 6],
      ]);
      expect(server.requests).toHaveLength(0);
      const allowed = await loadSpec(file, { allowRemoteRefs: true });
      expect(allowed.ok).toBe(true);
      expect(server.requests.map((r) => r.url)).toEqual(["/schemas.yaml"]);
    } finally {
      await server.close();
    }
  });
});

describe("remote refs (hostile servers)", () => {
  const spec = (url: string) =>
    `openapi: 3.1.0\ninfo: {title: R, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: "${url}#/Pet"}\n`;
  it("stops reading a compressed body at the file size limit, counted after decompression", async () => {
    const server = await startServer();
    const bomb = gzipSync(Buffer.alloc(LOAD_LIMITS.maxFileBytes + 1024, 0x20), { level: 1 });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/yaml", "content-encoding": "gzip" });
      res.end(bomb);
    });
    try {
      const loaded = await loadSpec(write("bomb.yaml", spec(`${server.url}/bomb.yaml`)), { allowRemoteRefs: true });
      expect(
        loaded.ok ? [] : loaded.diagnostics.map((d) => [d.code, d.location.line, d.message.includes("is larger than")]),
      ).toEqual([["unresolvable-ref", 6, true]]);
    } finally {
      await server.close();
    }
  });
});

describe("limits", () => {
  it("rejects nesting deeper than the limit with a located error", async () => {
    const deep = `${"[".repeat(300)}${"]".repeat(300)}`;
    const file = write(
      "deep.json",
      `{"openapi": "3.1.0", "info": {"title": "D", "version": "1"}, "paths": {}, "x-deep": ${deep}}`,
    );
    const loaded = await loadSpec(file);
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ["nesting-too-deep", 1],
    ]);
  });
  it("rejects a YAML alias bomb quickly", async () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
    const file = write(
      "bomb.yaml",
      `openapi: 3.1.0\ninfo: {title: B, version: "1"}\npaths: {}\n${lines.map((l) => `x-${l}`).join("\n")}\n`,
    );
    const loaded = await loadSpec(file);
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => d.code)).toEqual(["yaml-alias-limit"]);
  });
});

describe("Swagger 2.0", () => {
  it("is upgraded to OpenAPI 3.0 and diagnostics still point into the 2.0 source", async () => {
    const file = write(
      "swagger.yaml",
      `swagger: "2.0"\ninfo: {title: S, version: "1"}\npaths:\n  /pets:\n    post:\n      parameters:\n        - {name: pet, in: body, schema: {$ref: "#/definitions/Pet"}}\n      responses:\n        "200": {description: ok}\ndefinitions:\n  Pet:\n    type: object\n    properties:\n      name: {type: string}\n`,
    );
    const loaded = await loadSpec(file);
    if (!loaded.ok) throw new Error("did not load");
    const upgraded = await upgradeSpec(loaded.spec);
    if (!upgraded.ok) throw new Error("did not upgrade");
    const doc = upgraded.spec.document as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(doc.paths["/pets"]!["post"]!.requestBody).toBeDefined();
    expect(upgraded.spec.sources.locate("/components/schemas/Pet/properties/name")).toMatchObject({
      line: 14,
      pointer: "/definitions/Pet/properties/name",
    });
  });
});
