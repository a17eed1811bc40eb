/** Validate stage, structural half: the document against the official JSON Schema of its OpenAPI version, unit by unit. */
import type { Diagnostic } from "../diagnostics.js";
import { compareText, sortDiagnostics } from "../diagnostics.js";
import type { LoadedSpec, SpecVersion } from "../load/load-spec.js";
import { toPointer } from "../load/pointer.js";
import { locateSegments } from "./locate.js";
import { slotCheckers } from "./official-validators.js";
import { resolveAlternatives } from "./schema-error-branches.js";
import { describeSchemaErrors, type StructuralProblem } from "./schema-error-messages.js";
import { splitUnits, type ValidationUnit } from "./validation-units.js";

/** Most structural diagnostics shown per file; one more line says how many were left out. */
export const MAX_STRUCTURAL_PER_FILE = 50;

/** Checks the document against its version's official schema; one concise diagnostic per real problem. */
export function validateStructure(spec: LoadedSpec): Diagnostic[] {
  const problems = splitUnits(spec.document, spec.version).flatMap((unit) => validateUnitStructure(spec.version, unit));
  return locateStructuralProblems(spec, problems);
}

/**
 * The structural problems of one unit, at pointers into the whole document: a pure function of the version,
 * the unit's key and its content, so an incremental run can keep them while the unit is unchanged.
 */
export function validateUnitStructure(version: SpecVersion, unit: ValidationUnit): StructuralProblem[] {
  const checker = slotCheckers(version).get(unit.slot);
  if (!checker) throw new Error(`no validator for unit slot ${unit.slot}`);
  if (checker.validate(unit.node)) return [];
  const errors = checker.validate.errors ?? [];
  for (const error of errors) error.instancePath = unit.key + error.instancePath;
  const closures = checker.closures();
  return describeSchemaErrors(resolveAlternatives(errors, closures), closures);
}

/**
 * Locates the problems of every unit, drops repeats, sorts them and caps them per file. Problems at one place
 * (aliased YAML nodes share their position) keep pointer order, so the result does not depend on the order of units.
 */
export function locateStructuralProblems(spec: LoadedSpec, problems: readonly StructuralProblem[]): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const byPointer = problems.map((problem) => ({ problem, pointer: toPointer(problem.at) }));
  byPointer.sort((a, b) => compareText(a.pointer, b.pointer));
  for (const { problem, pointer } of byPointer) {
    const key = `${problem.code} ${pointer} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      severity: "error",
      code: problem.code,
      message: problem.message,
      location: locateSegments(spec.sources, problem.at, problem.atKey ? "key" : "value"),
    });
  }
  return capPerFile(sortDiagnostics(diagnostics));
}

/** Keeps the first MAX_STRUCTURAL_PER_FILE diagnostics of each file and notes how many were left out. */
function capPerFile(sorted: readonly Diagnostic[]): Diagnostic[] {
  const perFile = new Map<string, { shown: number; hidden: Diagnostic[] }>();
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const count = perFile.get(d.location.file) ?? { shown: 0, hidden: [] };
    perFile.set(d.location.file, count);
    if (count.shown >= MAX_STRUCTURAL_PER_FILE) {
      count.hidden.push(d);
      continue;
    }
    count.shown++;
    out.push(d);
  }
  for (const [file, { hidden }] of perFile) {
    if (!hidden[0]) continue;
    out.push({
      severity: "warning",
      code: "schema-too-many-problems",
      message: `${hidden.length} more structural problem(s) in ${file} not shown, the first one here; fix the ones above and run again`,
      location: hidden[0].location,
    });
  }
  return sortDiagnostics(out);
}
