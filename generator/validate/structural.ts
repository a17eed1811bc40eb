/** Validate stage, structural half: the document against the official JSON Schema of its OpenAPI version. */
import type { ValidateFunction } from "ajv";
import ajv2020 from "ajv/dist/2020.js";
import ajvDraft04 from "ajv-draft-04";
import type { Diagnostic } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { LoadedSpec, SpecVersion } from "../load/load-spec.js";
import { toPointer } from "../load/pointer.js";
import { locateSegments } from "./locate.js";
import { SchemaClosures } from "./schema-closure.js";
import { loadOfficialSchema } from "./official-schemas.js";
import { resolveAlternatives } from "./schema-error-branches.js";
import { describeSchemaErrors } from "./schema-error-messages.js";

/** Most structural diagnostics shown per file; one more line says how many were left out. */
export const MAX_STRUCTURAL_PER_FILE = 50;

/** `verbose` gives each error its subschema, which is how alternatives are told apart. */
const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, validateFormats: false, logger: false } as const;

interface CompiledSchema {
  validate: ValidateFunction;
  closures: SchemaClosures;
}

/** Compiled once per process and version, on first use. */
const compiled = new Map<SpecVersion, CompiledSchema>();

/** Checks the document against its version's official schema; one concise diagnostic per real problem. */
export function validateStructure(spec: LoadedSpec): Diagnostic[] {
  const { validate, closures } = compiledSchema(spec.version);
  if (validate(spec.document)) return [];
  const resolved = resolveAlternatives(validate.errors ?? [], closures);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const problem of describeSchemaErrors(resolved, closures)) {
    const key = `${problem.code} ${toPointer(problem.at)} ${problem.message}`;
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

function compiledSchema(version: SpecVersion): CompiledSchema {
  let entry = compiled.get(version);
  if (!entry) {
    entry = compileSchema(version);
    compiled.set(version, entry);
  }
  return entry;
}

function compileSchema(version: SpecVersion): CompiledSchema {
  const { schema, references, draft } = loadOfficialSchema(version);
  const ajv = draft === "2020-12" ? new ajv2020.default(AJV_OPTIONS) : new ajvDraft04.default(AJV_OPTIONS);
  for (const reference of references) ajv.addSchema(reference);
  const validate = ajv.compile(schema);
  const lookup = (uri: string): object | undefined => {
    const found: unknown = ajv.getSchema(uri)?.schema;
    return found !== null && typeof found === "object" ? found : undefined;
  };
  return { validate, closures: new SchemaClosures(schema, lookup) };
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
