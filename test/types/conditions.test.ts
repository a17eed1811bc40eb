/** Type-level: `Conditions<T>` accepts fields, one nested level and operators in keys, and rejects the rest. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { typeCheck } from "../support/generate.js";

const DIR = path.resolve("test/.out/types-conditions");

describe("Conditions<T>", () => {
  it("types keys from the record's fields and values from their types", () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(
      path.join(DIR, "check.ts"),
      `import type { Conditions } from "${path.resolve("templates/runtime/conditions.js")}";
import type { $Read, $Unknown } from "${path.resolve("templates/runtime/schema-markers.js")}";
interface Person {
  id: $Read<string>;
  fullname?: string | null;
  gender?: "m" | "f" | $Unknown<string>;
  status?: "active" | "archived";
  is_group?: boolean;
  views?: number;
  address?: { city?: string; modified?: string; state?: { code?: string } } | null;
  tags?: { name?: string }[];
}
type C = Conditions<Person>;
export const all: C = {
  id: "3",
  fullname: "John Doe",
  gender: ["m", "f"],
  is_group: false,
  "views >": 10,
  "views <=": "20",
  "address.modified >=": "2007-11-12",
  "fullname LIKE": "%Doe",
  "address.city NOT IN": ["Paris"],
  "id IN": ["1", 2],
  "address.city": null,
};
// @ts-expect-error unknown field
export const typo: C = { fulname: "x" };
// @ts-expect-error two levels deep are not allowed
export const deep: C = { "address.state.code": "CA" };
// @ts-expect-error an object is not a field
export const objectField: C = { address: "x" };
// @ts-expect-error lists of objects are not a nested level
export const listField: C = { "tags.name": "x" };
// @ts-expect-error unknown operator
export const badOperator: C = { "views ~": 1 };
// @ts-expect-error closed enum values stay typed
export const badEnum: C = { status: "x" };
// open enums (values the server may add later) take any value
export const openEnum: C = { gender: "x", status: "active" };
// @ts-expect-error LIKE takes a pattern string
export const badLike: C = { "fullname LIKE": 3 };
// @ts-expect-error IN takes a list
export const badIn: C = { "id IN": "1" };
// @ts-expect-error booleans compare with booleans
export const badBool: C = { is_group: "yes" };
`,
    );
    expect(typeCheck([DIR])).toEqual([]);
  });
});
