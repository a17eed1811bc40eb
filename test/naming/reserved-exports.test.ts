/** Generated type names must never shadow what the package index re-exports from the runtime. */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  RUNTIME_EXPORT_NAMES,
  RUNTIME_TYPE_EXPORTS,
  RUNTIME_VALUE_EXPORTS,
} from "../../generator/naming/reserved-exports.js";

function runtimeIndexExports(): string[] {
  const program = ts.createProgram(["templates/runtime/index.ts"], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile("templates/runtime/index.ts")!;
  const symbol = checker.getSymbolAtLocation(source)!;
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.getName())
    .sort();
}

describe("runtime re-exports", () => {
  it("exist in templates/runtime/index.ts", () => {
    const exported = runtimeIndexExports();
    const missing = [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS].filter((name) => !exported.includes(name));
    expect(missing).toEqual([]);
  });
  it("are all reserved from generated type names", () => {
    for (const name of [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS])
      expect(RUNTIME_EXPORT_NAMES).toContain(name);
  });
});
