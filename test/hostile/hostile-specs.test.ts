/**
 * Hostile specs that must generate: every package type-checks strictly (all in one program), no spec text becomes
 * code (the TypeScript scanner finds the canary identifier only inside strings and comments, in the sources and in
 * the README's code samples), file paths stay safe, and importing the built package runs nothing injected.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../generator/pipeline/generated-file.js";
import { generateInMemory, shareRuntime, typeCheck, writeTestPackage } from "../support/generate.js";
import { GENERATING_CASES } from "./support/cases.js";
import { layOutCase } from "./support/case-folder.js";
import { buildToJavaScript, CANARY, importWithCanary } from "./support/import-canary.js";
import { codeFences, findCodeIdentifiers } from "./support/scan-tokens.js";

const ROOT = path.resolve("test/.out/hostile/generating");
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Windows device names, which cannot be files whatever their extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

const generated = new Map<string, { files: GeneratedFile[]; dir: string }>();

beforeAll(async () => {
  await rm(ROOT, { recursive: true, force: true });
  for (const { name, source } of GENERATING_CASES) {
    const folder = await layOutCase(path.join(ROOT, "specs", name), source);
    const result = await generateInMemory(folder.spec, { id: "hostile" });
    expect(result.diagnostics, name).toEqual([]);
    const dir = await writeTestPackage(`hostile/generating/packages/${name}`, result.files);
    await shareRuntime(dir);
    generated.set(name, { files: result.files, dir });
  }
});

describe("hostile specs that generate", () => {
  // One tsc program over every package: about 40 s on a quiet 2-core machine, twice that on a busy one (a hang guard).
  it("all type-check together under the strictest settings", { timeout: 240_000 }, () => {
    expect(typeCheck([...generated.values()].map((g) => g.dir))).toEqual([]);
  });

  it.each(GENERATING_CASES)("$name: no spec text is code, in sources or README samples", ({ name }) => {
    const { files } = generated.get(name)!;
    const pattern = new RegExp(`^${CANARY}$`);
    for (const file of files) {
      if (file.path.endsWith(".ts")) {
        expect(findCodeIdentifiers(file.content, pattern), file.path).toEqual([]);
        expect(INVISIBLE.test(file.content), `${file.path} holds a raw invisible or line-separator character`).toBe(
          false,
        );
      }
      if (file.path.endsWith(".md"))
        codeFences(file.content).forEach((code, i) =>
          expect(findCodeIdentifiers(code, pattern), `${file.path} sample ${i}`).toEqual([]),
        );
    }
    const manifest = JSON.parse(files.find((f) => f.path === "package.json")!.content) as {
      scripts?: Record<string, string>;
    };
    // `prepack` builds before `npm pack`/`npm publish`; no install hook (preinstall, install, postinstall, prepare).
    expect(manifest.scripts, "no install hooks, only the fixed build scripts").toEqual({
      build: "tsc -p tsconfig.json",
      prepack: "npm run build",
      typecheck: "tsc -p tsconfig.json --noEmit",
    });
  });

  it.each(GENERATING_CASES)(
    "$name: file paths are relative, inside the package, portable and distinct ignoring case",
    ({ name }) => {
      const paths = generated.get(name)!.files.map((f) => f.path);
      for (const file of paths) {
        expect(file, file).toMatch(/^[a-z0-9._-]+(\/[a-z0-9._-]+)*$/i);
        expect(
          file.split("/").some((s) => s === "." || s === ".." || DEVICE_NAME.test(s)),
          file,
        ).toBe(false);
      }
      expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    },
  );

  it.each(GENERATING_CASES)(
    "$name: importing the built package and constructing its client runs no injected code",
    async ({ name }) => {
      const entry = await buildToJavaScript(generated.get(name)!.dir);
      const outcome = importWithCanary(entry);
      expect(outcome.error).toBe("");
      expect(outcome.exports).toContain("ApiError");
      expect(outcome.constructed).toBeGreaterThan(0);
      expect(outcome.canaryCalls).toBe(0);
    },
  );
});

describe("the canary check itself", () => {
  it("sees injected code run, and finds the identifier outside strings", async () => {
    const dir = await writeTestPackage("hostile/generating/control", [
      { path: "src/index.ts", content: `export class Hostile {}\n${CANARY}();\nconst s = "${CANARY}()"; void s;\n` },
    ]);
    expect(findCodeIdentifiers(`${CANARY}();\nconst s = "${CANARY}()";`, new RegExp(`^${CANARY}$`))).toHaveLength(1);
    expect(importWithCanary(await buildToJavaScript(dir)).canaryCalls).toBe(1);
  });
});
