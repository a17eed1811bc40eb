import { describe, expect, it } from "vitest";
import { SourceFile } from "../../generator/load/source-file.js";

const yamlText = `openapi: 3.1.0
paths:
  /items:
    get:
      tags: [a, b]
      parameters:
        - name: x
          in: query
`;

const jsonText = `{
  "openapi": "3.1.0",
  "paths": {
    "/items": {
      "get": { "tags": ["a", "b"], "parameters": [{ "name": "x", "in": "query" }] }
    }
  }
}`;

function file(text: string, name: string): SourceFile {
  return new SourceFile({ displayPath: name, absolutePath: `/x/${name}`, text });
}

describe("SourceFile.positionOf", () => {
  it.each([
    [["paths", "/items", "get"], "value", { line: 5, column: 7 }],
    [["paths", "/items", "get"], "key", { line: 4, column: 5 }],
    [["paths", "/items", "get", "tags", "1"], "value", { line: 5, column: 17 }],
    [["paths", "/items", "get", "parameters", "0", "in"], "value", { line: 8, column: 15 }],
    [["paths", "/items", "get", "missing", "deeper"], "value", { line: 5, column: 7 }],
  ] as const)("YAML %j (%s)", (segments, target, want) => {
    expect(file(yamlText, "a.yaml").positionOf(segments, target)).toEqual(want);
  });

  it.each([
    [["paths", "/items", "get"], "value", { line: 5, column: 14 }],
    [["paths", "/items", "get"], "key", { line: 5, column: 7 }],
    [["paths", "/items", "get", "tags", "1"], "value", { line: 5, column: 30 }],
    [["paths", "/items", "get", "parameters", "0", "in"], "key", { line: 5, column: 66 }],
    [["nope"], "value", { line: 1, column: 1 }],
  ] as const)("JSON %j (%s)", (segments, target, want) => {
    expect(file(jsonText, "a.json").positionOf(segments, target)).toEqual(want);
  });

  it("counts lines across CRLF line ends", () => {
    const f = file("a: 1\r\nb: 2\r\nc: 3\n", "a.yaml");
    expect(f.positionOf(["c"], "key")).toEqual({ line: 3, column: 1 });
  });
});
