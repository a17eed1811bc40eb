import { describe, expect, it } from "vitest";
import { parseTemplate } from "../../generator/validate/path-template.js";
import { stronglyConnected } from "../../generator/validate/strongly-connected.js";
import { suggestName } from "../../generator/validate/suggest.js";

describe("parseTemplate", () => {
  it.each([
    ["/items", { ok: true, names: [] }],
    ["/items/{id}/parts/{partId}", { ok: true, names: ["id", "partId"] }],
    ["https://{region}.example.com", { ok: true, names: ["region"] }],
    ["/items/{id", { ok: false, reason: '"{" at offset 7 is never closed' }],
    ["/items/id}", { ok: false, reason: '"}" at offset 9 closes no variable' }],
    ["/items/{}", { ok: false, reason: 'empty variable "{}" at offset 7' }],
    ["/items/{a{b}}", { ok: false, reason: '"{" at offset 9 opens a variable inside another one' }],
  ])("%j", (given, want) => {
    expect(parseTemplate(given)).toEqual(want);
  });
});

describe("suggestName", () => {
  it.each([
    ["sumary", ["summary", "description"], "summary"],
    ["operationid", ["operationId", "tags"], "operationId"],
    ["requird", ["required", "name"], "required"],
    ["recieve", ["receive"], "receive"],
    ["x", ["summary"], undefined],
    ["bearerAuth", ["bearer", "apiKey"], undefined],
    ["summary", ["summary"], undefined],
  ])("%j in %j → %j", (name, candidates, want) => {
    expect(suggestName(name, candidates)).toBe(want);
  });
});

describe("stronglyConnected", () => {
  it("finds cycles and singletons without recursion", () => {
    const edges = new Map([
      ["a", ["b"]],
      ["b", ["a", "c"]],
      ["c", []],
      ["d", ["d"]],
    ]);
    expect(stronglyConnected(["a", "b", "c", "d"], edges).map((c) => [...c].sort())).toEqual([
      ["c"],
      ["a", "b"],
      ["d"],
    ]);
  });

  it("handles a chain of 100,000 nodes", () => {
    const n = 100_000;
    const names = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges = new Map(names.map((name, i) => [name, i + 1 < n ? [`n${i + 1}`] : ["n0"]]));
    const components = stronglyConnected(names, edges);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(n);
  });
});
