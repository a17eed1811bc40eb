// The bench's pure helpers (never the bench itself: `npm test` runs no benchmark).
import { describe, expect, it } from "vitest";
import { editOneDescription } from "./bench-incremental.js";
import { errorSummary } from "./measurement.js";
import { consumerSource, pickOperations } from "./consumers.js";
import { busyNote, quietNote } from "./machine.js";
import { buildSyntheticSpec } from "./synthetic-spec.js";

const spec = buildSyntheticSpec({ operations: 10, schemas: 16 });
const text = `${JSON.stringify(spec, null, 2)}\n`;

describe("editOneDescription", () => {
  it("changes exactly one line, differently for each run", () => {
    const first = editOneDescription(text, 1);
    const second = editOneDescription(text, 2);
    const diff = (a: string, b: string) => a.split("\n").filter((line, n) => line !== b.split("\n")[n]).length;
    expect(diff(first.text, text)).toBe(1);
    expect(diff(second.text, first.text)).toBe(1);
    expect(first.change).toMatch(/^- "description": .*\n\+ "description": .*\(edit 1\)"$/);
  });

  it("edits the middle description under components.schemas, not the first, and names it by pointer", () => {
    const doc = {
      info: { description: "not a schema" },
      components: {
        schemas: {
          A: { description: "first", type: "object", properties: { x: { type: "string", description: "second" } } },
          B: { description: "third", example: { description: "data, not a description" } },
        },
      },
    };
    const edited = editOneDescription(`${JSON.stringify(doc, null, 2)}\n`, 7);
    expect(edited.pointer).toBe("#/components/schemas/A/properties/x/description");
    expect(edited.description).toBe("second");
    expect(edited.change).toBe('- "description": "second"\n+ "description": "second (edit 7)"');
  });

  it("keeps a file without a final newline without one (GitHub's description ends so)", () => {
    const bare = JSON.stringify(spec, null, 2);
    expect(editOneDescription(bare, 1).text.endsWith("}")).toBe(true);
    expect(editOneDescription(text, 1).text.endsWith("}\n")).toBe(true);
  });

  it("refuses a spec without a description in components.schemas", () => {
    expect(() =>
      editOneDescription(JSON.stringify({ components: { schemas: { A: { type: "string" } } } }, null, 2), 1),
    ).toThrow(/no description/);
  });

  it("refuses a spec that re-serialising would change elsewhere", () => {
    const compact = JSON.stringify({ components: { schemas: { A: { description: "d" } } } });
    expect(() => editOneDescription(compact, 1)).toThrow(/expected 1/);
  });
});

describe("consumers", () => {
  const ops = pickOperations(spec as Parameters<typeof pickOperations>[0]);

  it("picks a list operation and the get-by-id under it", () => {
    expect(ops.item.path).toBe(`${ops.list.path}/{${ops.item.param}}`);
    expect(ops.list.operationId).toMatch(/^list/);
    expect(ops.item.operationId).toMatch(/^retrieve/);
    expect(["1", '"1"']).toContain(ops.item.literal);
  });

  it("calls the peers' APIs by operationId and openapi-fetch by path", async () => {
    expect(await consumerSource("hey-api", ops, "")).toContain(
      `${ops.item.operationId}({ path: { ${ops.item.param}: ${ops.item.literal} } })`,
    );
    expect(await consumerSource("orval", ops, "")).toContain(`${ops.item.operationId}(${ops.item.literal})`);
    expect(await consumerSource("openapi-typescript", ops, "")).toContain(
      `client.GET(${JSON.stringify(ops.item.path)}, { params: { path:`,
    );
  });
});

describe("errorSummary", () => {
  it("keeps the error line, not colours or stack frames", () => {
    const stderr =
      "\x1b[31mError: Unsupported spec version\x1b[0m\n    at parse (file:///x.mjs:1:1)\n    at run (file:///y.mjs:2:2)\nNode.js v22.23.3\n";
    expect(errorSummary({ stderr, stdout: "" })).toBe("Error: Unsupported spec version");
  });
});

describe("busyNote", () => {
  it("says nothing on a quiet machine and marks an overloaded one as not a result", () => {
    expect(busyNote({ start: 0.2, end: 0.3, max: 0.5 }, 2, "")).toBeUndefined();
    expect(busyNote({ start: 1.5, end: 9, max: 13 }, 2, "")).toMatch(/not results/);
  });

  it("judges by the CPU other processes used when it is known, not by a load average the bench itself raises", () => {
    expect(busyNote({ start: 0.3, end: 2.1, max: 2.4, otherCores: 0.05 }, 2, "")).toBeUndefined();
    expect(quietNote({ start: 0.3, end: 2.1, max: 2.4, otherCores: 0.05 }, 2)).toMatch(
      /other processes used 0\.05 cores/,
    );
    expect(busyNote({ start: 0.3, end: 2.1, max: 2.4, otherCores: 0.4 }, 2, "")).toMatch(/^the machine was busy/);
    expect(busyNote({ start: 0.3, end: 2.1, max: 2.4, otherCores: 1.3 }, 2, "")).toMatch(/not results/);
    expect(quietNote({ start: 0.3, end: 2.1, max: 2.4, otherCores: 1.3 }, 2)).toBeUndefined();
  });
});
