/** Type-level: response enums stay open without collapsing to `string`; request enums stay closed. */
import { describe, expect, it } from "vitest";
import { typeCheck } from "../support/generate.js";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const DIR = path.resolve("test/.out/types-open-enums");

describe("Readable / Writable enums", () => {
  it("keep known literals, accept unknown strings in responses and reject them in requests", () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(
      path.join(DIR, "check.ts"),
      `import type { $Unknown, Readable, Writable } from "${path.resolve("templates/runtime/schema-markers.js")}";
type E = "a" | "b" | $Unknown<string>;
type R = Readable<{ s: E }>["s"];
type W = Writable<{ s: E }>["s"];
type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const notPlainString: Eq<R, string> = false;
export const known: R = "a";
export const unknown: R = "zzz";
// @ts-expect-error requests stay closed
export const closed: W = "zzz";
export const requestKnown: W = "b";
`,
    );
    expect(typeCheck([DIR])).toEqual([]);
  });
});
