/**
 * Property-based fuzzing of the generator. Random valid specs must generate without diagnostics, and all of them
 * type-check strictly at the end (in programs of TYPECHECK_BATCH packages, so memory stays bounded at any FUZZ_RUNS); the same specs mutated into invalid ones must give located
 * diagnostics, never an exception or a hang. Short and fixed-seed in `npm test`; `npm run fuzz` runs longer on a new
 * seed each time. FUZZ_SEED and
 * FUZZ_RUNS choose the seed and the number of runs; a failure prints the seed and the counterexample path.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { generateInMemory, shareRuntime, typeCheckInBatches, writeTestPackage } from "../support/generate.js";
import { validSpec } from "./spec-arbitraries.js";
import { mutatedSpec } from "./spec-mutations.js";

const LONG = process.env["npm_lifecycle_event"] === "fuzz";
const RUNS = Number(process.env["FUZZ_RUNS"] ?? (LONG ? 300 : 10));
/** `npm test` replays one fixed seed (a CI run is reproducible); `npm run fuzz` explores a new seed each time. */
const FIXED_SEED = 20_261_122;
const SEED =
  process.env["FUZZ_SEED"] !== undefined
    ? Number(process.env["FUZZ_SEED"])
    : LONG
      ? Date.now() ^ (Math.random() * 0x7fffffff)
      : FIXED_SEED;
const ROOT = path.resolve("test/.out/fuzz");
const PER_RUN_MS = 5_000;
/** Packages per type-check program: about 1 GB of heap for the fuzzer's packages, well inside Node's default limit. */
const TYPECHECK_BATCH = 50;
const settings = { seed: SEED, numRuns: RUNS } as const;

/** Writes one spec file into a fresh folder and returns the folder. */
async function writeSpec(folder: string, fileName: string, text: string): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, fileName), text);
  return folder;
}

/** Fails with the seed in the message, so any failure can be replayed with FUZZ_SEED. */
async function assertWithSeed(
  property: fc.IAsyncProperty<[unknown]> | fc.IAsyncPropertyWithHooks<[unknown]>,
): Promise<void> {
  const outcome = await fc.check(property as fc.IAsyncProperty<[unknown]>, settings);
  if (!outcome.failed) return;
  const cause = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
  throw new Error(
    `fuzz failure — replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n${cause}\n${fc.defaultReportMessage(outcome)}`,
  );
}

const packages: { dir: string; run: number }[] = [];
afterAll(() => console.info(`fuzz seed ${SEED}, ${RUNS} runs (FUZZ_SEED / FUZZ_RUNS to change)`));

describe("fuzzing the generator", () => {
  it("generates every random valid spec without diagnostics", { timeout: RUNS * PER_RUN_MS + 30_000 }, async () => {
    let run = 0;
    await assertWithSeed(
      fc.asyncProperty(validSpec, async (doc) => {
        const folder = await writeSpec(
          path.join(ROOT, "valid-specs", String(run)),
          "openapi.json",
          JSON.stringify(doc, null, 2),
        );
        const result = await generateInMemory(folder, { id: "fuzzed" });
        expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
        const dir = await writeTestPackage(`fuzz/valid/${run}`, result.files);
        await shareRuntime(dir);
        packages.push({ dir, run: run++ });
      }),
    );
  });

  it("type-checks every generated package strictly, in batches", { timeout: RUNS * 2_000 + 60_000 }, () => {
    expect(packages.length).toBeGreaterThan(0);
    const errors = typeCheckInBatches(
      packages.map((p) => p.dir),
      TYPECHECK_BATCH,
    );
    expect(
      errors,
      `replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}; the spec of test/.out/fuzz/valid/<n> is test/.out/fuzz/valid-specs/<n>/openapi.json`,
    ).toEqual([]);
  });

  it("answers every invalid mutation with located diagnostics", { timeout: RUNS * PER_RUN_MS + 30_000 }, async () => {
    let run = 0;
    await assertWithSeed(
      fc.asyncProperty(mutatedSpec(validSpec), async (mutated) => {
        const folder = await writeSpec(path.join(ROOT, "invalid-specs", String(run++)), mutated.fileName, mutated.text);
        const result = await generateInMemory(folder, { id: "fuzzed" });
        expect(result.diagnostics.length, `${mutated.kind} gives diagnostics`).toBeGreaterThan(0);
        for (const d of result.diagnostics) {
          expect(d.severity).toBe("error");
          expect(formatDiagnostic(d), mutated.kind).toMatch(
            /^test\/\.out\/fuzz\/invalid-specs\/\d+\/openapi\.(json|yaml):[1-9]\d*:[1-9]\d* {2}[a-z0-9-]+ {2}/,
          );
        }
      }),
    );
  });
});
