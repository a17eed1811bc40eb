/** Overlay 1.0 actions on a converted document: JSONPath targets, recursive merge, append, remove, order. */
import { describe, expect, it } from "vitest";
import { applyOverlay } from "../../../generator/load/overlay/apply-overlay.js";
import { SourceFile } from "../../../generator/load/source-file.js";

const base = {
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  servers: [{ url: "https://a.test" }],
  paths: {
    "/a": {
      get: {
        operationId: "getA",
        tags: ["x"],
        responses: { "200": { description: "ok" }, "404": { description: "no" } },
      },
    },
    "/b": {
      get: { operationId: "getB", responses: { "200": { description: "ok" } } },
      put: { operationId: "putB", responses: { "200": { description: "ok" } } },
    },
  },
};

function overlay(actions: string): SourceFile {
  return new SourceFile({
    displayPath: "overlay.yaml",
    absolutePath: "/x/overlay.yaml",
    text: `overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n${actions}`,
  });
}

const cases: { name: string; actions: string; want: (doc: typeof base) => unknown }[] = [
  {
    name: "update merges objects recursively and replaces arrays and scalars",
    actions: `  - target: $.paths['/a'].get\n    update: { summary: S, tags: [y], responses: { "200": { description: fine } } }\n`,
    want: (d) => ({
      ...d,
      paths: {
        ...d.paths,
        "/a": {
          get: {
            ...d.paths["/a"].get,
            summary: "S",
            tags: ["y"],
            responses: { "200": { description: "fine" }, "404": { description: "no" } },
          },
        },
      },
    }),
  },
  {
    name: "update of an array appends the value",
    actions: `  - target: $.servers\n    update: { url: https://b.test }\n`,
    want: (d) => ({ ...d, servers: [{ url: "https://a.test" }, { url: "https://b.test" }] }),
  },
  {
    name: "a wildcard/filter target updates every selected node",
    actions: `  - target: $.paths.*[?@.operationId]\n    update: { x-specforge-resource: things }\n`,
    want: (d) => ({
      ...d,
      paths: {
        "/a": { get: { ...d.paths["/a"].get, "x-specforge-resource": "things" } },
        "/b": {
          get: { ...d.paths["/b"].get, "x-specforge-resource": "things" },
          put: { ...d.paths["/b"].put, "x-specforge-resource": "things" },
        },
      },
    }),
  },
  {
    name: "remove deletes every selected node, array elements included",
    actions: `  - target: $.paths['/a'].get.responses['404']\n    remove: true\n  - target: $.servers[*]\n    remove: true\n`,
    want: (d) => ({
      ...d,
      servers: [],
      paths: { ...d.paths, "/a": { get: { ...d.paths["/a"].get, responses: { "200": { description: "ok" } } } } },
    }),
  },
  {
    name: "actions apply in order, each on the result of the previous",
    actions: `  - target: $.paths['/b']\n    remove: true\n  - target: $.paths\n    update: { /b: { get: { operationId: again, responses: { "204": { description: none } } } } }\n`,
    want: (d) => ({
      ...d,
      paths: {
        "/a": d.paths["/a"],
        "/b": { get: { operationId: "again", responses: { "204": { description: "none" } } } },
      },
    }),
  },
];

describe("applyOverlay", () => {
  it.each(cases)("$name", ({ actions, want }) => {
    const result = applyOverlay(structuredClone(base), overlay(actions));
    expect(result.ok ? result.document : result.diagnostics).toEqual(want(structuredClone(base)));
  });

  it("leaves the input document untouched", () => {
    const input = structuredClone(base);
    applyOverlay(input, overlay(`  - target: $.info\n    update: { title: Changed }\n`));
    expect(input).toEqual(base);
  });
});
