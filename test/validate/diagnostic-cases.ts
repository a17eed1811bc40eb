/** Helpers for the table-driven diagnostic tests: load a fixture, run a stage, compare located diagnostics. */
import { expect } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { loadSpec, type LoadedSpec } from "../../generator/load/load-spec.js";
import { validateSemantics, validateStructure } from "../../generator/validate/validate-document.js";

/** One expected diagnostic: exact position and code, and a fragment of the message. */
export interface WantDiagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

/** Root of the broken (and valid) spec fixtures. */
export const FIXTURES = "test/diagnostics";

/** Loads a fixture that must load. */
export async function loadFixture(name: string): Promise<LoadedSpec> {
  const loaded = await loadSpec(`${FIXTURES}/${name}`);
  if (!loaded.ok)
    throw new Error(`fixture ${name} did not load: ${loaded.diagnostics.map((d) => d.message).join("; ")}`);
  return loaded.spec;
}

/** The diagnostics of one stage for a fixture. */
export async function diagnosticsOf(name: string, stage: "load" | "structure" | "semantics"): Promise<Diagnostic[]> {
  if (stage === "load") {
    const loaded = await loadSpec(`${FIXTURES}/${name}`);
    return loaded.ok ? [] : loaded.diagnostics;
  }
  const spec = await loadFixture(name);
  return stage === "structure" ? validateStructure(spec) : validateSemantics(spec);
}

/** Asserts the diagnostics are exactly the wanted ones, in order. */
export function expectDiagnostics(got: readonly Diagnostic[], want: readonly WantDiagnostic[]): void {
  const shape = (d: { file: string; line: number; column: number; code: string }) =>
    `${d.file}:${d.line}:${d.column} ${d.code}`;
  expect(got.map((d) => shape({ ...d.location, code: d.code }))).toEqual(want.map(shape));
  got.forEach((d, i) => expect(d.message).toContain(want[i]!.message));
  for (const d of got) expect(d.severity).toBe("error");
}
