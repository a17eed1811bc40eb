/** The stage table: its order, that every row reads only what an earlier row made, and how the runner runs it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Api } from "../../generator/normalize/ir.js";
import { PIPELINE } from "../../generator/pipeline.js";
import type { RunContext } from "../../generator/pipeline/run-context.js";
import { runStages } from "../../generator/pipeline/run-stages.js";
import { stage, StageFailure, StageStop } from "../../generator/pipeline/stage.js";

const context = (log: string[] = []): RunContext => ({
  warn: () => undefined,
  schemaTypes: async () => "",
  observer: { started: (s) => void log.push(`start ${s}`), finished: (s) => void log.push(`end ${s}`) },
});

describe("the pipeline table", () => {
  it("runs cache → load → validate → upgrade → validate → normalize → types → emit → format → write", () => {
    expect(PIPELINE.map((row) => row.name)).toEqual([
      "cache",
      "load",
      "validate",
      "upgrade",
      "validate",
      "normalize",
      "types",
      "emit",
      "format",
      "write",
    ]);
  });

  it("has every row read only the request or artifacts made by rows above it, each made once", () => {
    const made = new Set<string>(["request"]);
    for (const row of PIPELINE) {
      for (const name of [...row.reads, ...row.awaits]) expect(made, `${row.name} reads ${name}`).toContain(name);
      expect(made, `${row.makes} made twice`).not.toContain(row.makes);
      made.add(row.makes);
    }
  });

  it("is the only thing pipeline.ts holds: imports of the stages and the table", () => {
    const source = readFileSync("generator/pipeline.ts", "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
    const statements = source.split("\n").filter((line) => /^\S/.test(line) && !line.startsWith("import "));
    expect(statements).toEqual(["export const PIPELINE = [", "] as const;"]);
  });
});

describe("runStages", () => {
  const numbers = [
    stage({
      name: "load",
      reads: ["request"],
      makes: "source",
      run: () => ({ spec: {} as never, specDir: "d", changelog: undefined }),
    }),
    stage({ name: "validate", reads: ["source"], makes: "checked", run: ({ source }) => source }),
  ];

  it("stops at the first failure in table order and runs nothing after it", async () => {
    const log: string[] = [];
    const failing = [
      numbers[0]!,
      stage({
        name: "validate",
        reads: ["source"],
        makes: "checked",
        run: () => {
          throw new StageFailure([]);
        },
      }),
      stage({ name: "normalize", reads: ["checked"], makes: "api", run: () => ({}) as Api }),
    ];
    const outcome = await runStages(failing, { request: { specPath: "x", outDir: "y" } }, "api", context(log));
    expect(outcome.kind).toBe("failed");
    expect(log).toEqual(["start load", "end load", "start validate", "end validate"]);
  });

  it("ends with a stop when a stage has nothing to do", async () => {
    const stopping = [
      stage({
        name: "cache",
        reads: ["request"],
        makes: "freshness",
        run: () => {
          throw new StageStop("unchanged");
        },
      }),
    ];
    const outcome = await runStages(stopping, { request: { specPath: "x", outDir: "y" } }, "freshness", context());
    expect(outcome).toEqual({ kind: "stopped", reason: "unchanged" });
  });

  it("starts a row that awaits an artifact before that artifact is made", async () => {
    const log: string[] = [];
    let release: (() => void) | undefined;
    const table = [
      ...numbers,
      stage({
        name: "types",
        reads: ["checked"],
        makes: "schemaTypes",
        run: () => new Promise<{ text: string }>((resolve) => (release = () => resolve({ text: "T" }))),
      }),
      stage({
        name: "emit",
        reads: ["checked"],
        awaits: ["schemaTypes"],
        makes: "emitted",
        run: async ({ schemaTypes }) => {
          log.push("emit working while types run");
          release?.();
          return { files: [{ path: "types.ts", content: (await schemaTypes).text }] };
        },
      }),
    ];
    const outcome = await runStages(table, { request: { specPath: "x", outDir: "y" } }, "emitted", context(log));
    expect(outcome.kind === "done" && outcome.value.files).toEqual([{ path: "types.ts", content: "T" }]);
    expect(log.indexOf("emit working while types run")).toBeLessThan(log.indexOf("end types"));
  });

  it("runs only the rows the target needs", async () => {
    const log: string[] = [];
    await runStages(numbers, { request: { specPath: "x", outDir: "y" } }, "source", context(log));
    expect(log).toEqual(["start load", "end load"]);
  });
});

// Typed rows: a stage's function must take exactly what its row reads and return what it makes.
export const typeChecks = [
  stage({
    name: "normalize",
    reads: ["checked"],
    makes: "api",
    // @ts-expect-error — normalize reads `checked`, not `api`.
    run: (input: { api: Api }) => input.api,
  }),
  stage({
    name: "normalize",
    reads: ["checked"],
    makes: "api",
    // @ts-expect-error — a row that makes `api` cannot return files.
    run: () => ({ files: [] }),
  }),
  stage({
    name: "emit",
    reads: [],
    awaits: ["schemaTypes"],
    makes: "emitted",
    // @ts-expect-error — `schemaTypes` is awaited, so the row gets a promise, not the value.
    run: ({ schemaTypes }: { schemaTypes: { text: string } }) => ({
      files: [{ path: "t", content: schemaTypes.text }],
    }),
  }),
];
