/**
 * README examples are real TypeScript: every ```ts block of the generated READMEs (all feature fixtures, the e2e
 * auth + pagination spec and a kitchen-sink spec) is wrapped in an async function, with its imports pointed at the
 * package's src/index.js, and the lot is type-checked with the strictest settings we support. Blocks marked
 * ```ts fragment are skipped. Blocks may use `client`, the client the README's "Create a client" makes. The README
 * shows one call per resource; a sample call of every operation (same sample builder) is type-checked too.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { callCode } from "../../generator/emit/readme-code.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { upgradeSpec } from "../../generator/load/upgrade-swagger.js";
import { normalizeApi } from "../../generator/normalize/normalize.js";
import { listFixtures } from "../support/fixture-files.js";
import { generateInMemory, OUT_ROOT, typeCheck, writeTestPackage } from "../support/generate.js";
import { extractCodeBlocks, wrapBlock } from "./readme-blocks.js";
import { KITCHEN_SINK_SPEC, NO_SERVERS_SPEC } from "./readme-kitchen-sink.js";

/** `await client.r.m({...});` for every operation of a spec, with the README's sample arguments. */
async function everyOperationCalls(spec: string, id: string): Promise<string[]> {
  const loaded = await loadSpec(spec);
  if (!loaded.ok) throw new Error(`cannot load ${spec}`);
  const upgraded = await upgradeSpec(loaded.spec);
  if (!upgraded.ok) throw new Error(`cannot upgrade ${spec}`);
  const api = normalizeApi(upgraded.spec.document, { id, packageName: "x", packageVersion: "0.0.0", sourceName: spec });
  return api.resources.flatMap((r) => r.operations.map((op) => `await ${callCode(r, op)};`));
}

const specs = [
  ...listFixtures(path.resolve("test/fixtures")),
  { name: "auth-pages", spec: path.resolve("test/e2e/specs/auth-pages.yaml") },
  { name: "kitchen-sink", spec: path.join(OUT_ROOT, "readme-specs", "kitchen-sink.json") },
  { name: "no-servers", spec: path.join(OUT_ROOT, "readme-specs", "no-servers.json") },
];
const written: { name: string; dir: string; readme: string; blocks: number }[] = [];

beforeAll(async () => {
  await mkdir(path.join(OUT_ROOT, "readme-specs"), { recursive: true });
  await writeFile(path.join(OUT_ROOT, "readme-specs", "kitchen-sink.json"), JSON.stringify(KITCHEN_SINK_SPEC, null, 2));
  await writeFile(path.join(OUT_ROOT, "readme-specs", "no-servers.json"), JSON.stringify(NO_SERVERS_SPEC, null, 2));
  for (const { name, spec } of specs) {
    const result = await generateInMemory(spec, { id: name });
    expect(result.diagnostics, name).toEqual([]);
    const readme = result.files.find((f) => f.path === "README.md")!.content;
    const packageName = /^# (.+)$/m.exec(readme)![1]!;
    const clientName = /^import \{ (\w+) \} from /m.exec(readme)![1]!;
    const dir = await writeTestPackage(`readme-examples/${name}`, result.files);
    const blocks = extractCodeBlocks(readme).filter((b) => b.info === "ts");
    await mkdir(path.join(dir, "examples"), { recursive: true });
    for (const [i, block] of blocks.entries())
      await writeFile(path.join(dir, "examples", `block${i + 1}.ts`), wrapBlock(block.code, packageName, clientName));
    await writeFile(
      path.join(dir, "examples", "every-operation.ts"),
      wrapBlock((await everyOperationCalls(spec, name)).join("\n"), packageName, clientName),
    );
    written.push({ name, dir, readme, blocks: blocks.length });
  }
}, 240_000);

describe("README examples", () => {
  it("every README has its examples: quick start, environments, usage, errors, retries", () => {
    expect(written.length).toBe(specs.length);
    for (const { name, blocks } of written) expect(blocks, name).toBeGreaterThanOrEqual(6);
  });

  it("every ts block type-checks against its package (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes)", () => {
    // Only the example files: the packages themselves are type-checked by the fixture and e2e tests.
    expect(typeCheck(written.map((w) => w.dir)).filter((error) => error.includes("/examples/"))).toEqual([]);
  }, 240_000);

  it("marks no block as a fragment without need (fragments are skipped by this test)", () => {
    for (const { name, readme } of written)
      expect(
        extractCodeBlocks(readme).filter((b) => /\bfragment\b/.test(b.info)),
        name,
      ).toEqual([]);
  });
});

describe("the wrapper", () => {
  it("hoists multi-line imports and points them at the package source", () => {
    const wrapped = wrapBlock('import {\n  A,\n  B,\n} from "@x/y";\n\nawait a();', "@x/y", "Y");
    expect(wrapped).toContain('import {\n  A,\n  B,\n} from "../src/index.js";');
    expect(wrapped).toContain("export async function example(): Promise<void> {\n  \n  await a();\n}");
  });

  it("finds ts blocks and their info strings", () => {
    expect(extractCodeBlocks("a\n```ts\nx;\n```\n```ts fragment\ny\n```\n")).toEqual([
      { info: "ts", code: "x;" },
      { info: "ts fragment", code: "y" },
    ]);
  });
});
