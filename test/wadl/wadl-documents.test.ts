/**
 * The WADL documents of test/wadl (deeply nested resources, resource_types with href reuse, the 2006 namespace with
 * faults): each converts to the OpenAPI document in its file snapshot, and each generates a package that
 * type-checks under the strictest settings, the same bytes twice.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { deriveOpenApi } from "../../generator/load/wadl/derive-openapi.js";
import { generateInMemory, typeCheck, writeTestPackage } from "../support/generate.js";

const ROOT = path.resolve("test/wadl");
const documents = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== "__snapshots__")
  .map((e) => e.name)
  .sort();
const written: string[] = [];

describe.each(documents)("WADL document %s", (name) => {
  const folder = path.join(ROOT, name);

  it("converts to the OpenAPI document in its snapshot", async () => {
    const derived = await deriveOpenApi({ wadlPath: path.join(folder, "api.wadl"), rootDir: folder });
    expect(
      derived.ok
        ? []
        : derived.diagnostics.map(
            (d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.code} ${d.message}`,
          ),
    ).toEqual([]);
    if (!derived.ok) return;
    await expect(derived.text).toMatchFileSnapshot(path.join(ROOT, "__snapshots__", `${name}.openapi.yaml`));
  });

  it("generates a package without diagnostics, identically twice", async () => {
    const first = await generateInMemory(folder, { id: name });
    expect(first.diagnostics.map((d) => `${d.location.file}:${d.location.line} ${d.code} ${d.message}`)).toEqual([]);
    expect(first.files.map((f) => f.path)).toContain("src/client.ts");
    const again = await generateInMemory(folder, { id: name });
    expect(again.files).toEqual(first.files);
    written.push(await writeTestPackage(`wadl/${name}`, first.files));
  });
});

describe("WADL packages", () => {
  beforeAll(() => expect(written.length).toBe(documents.length));
  it("type-check under strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes", () => {
    expect(typeCheck(written)).toEqual([]);
  });
});
