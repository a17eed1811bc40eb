/**
 * Ajv validators compiled once to standalone code and cached under node_modules/.cache/specforge, keyed by
 * Ajv's version and the schemas' content. A warm run loads the cached file as a plain CommonJS module and
 * never loads Ajv's compiler; a cold run compiles in process (and writes the file when it can).
 */
import type { ValidateFunction } from "ajv";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SPECFORGE_CACHE_DIR } from "../paths.js";
import { compileStandalone } from "./standalone-code.js";

/** Which Ajv class compiles a set: its JSON Schema draft. */
export type AjvDialect = "draft-07" | "draft-04" | "2020-12";

/** A set of validators compiled by one Ajv instance and cached as one module. */
export interface ValidatorSetSpec {
  /** Names the cache file. */
  readonly name: string;
  readonly dialect: AjvDialect;
  /** Ajv options (the code options are added when compiling). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Schemas added to Ajv, each under its `$id` or the given key. */
  readonly schemas: readonly { readonly schema: object; readonly key?: string }[];
  /** Export name → the key (with an optional `#/pointer` fragment) of the schema it validates. */
  readonly exports: Readonly<Record<string, string>>;
  /**
   * Every document a validator may point into (the added schemas and the meta-schemas Ajv brings), in a fixed
   * order: the standalone code refers to schema nodes by document index and path, so errors carry these objects.
   */
  readonly documents: readonly object[];
}

/** The compiled validators of a set, by export name. */
export type Validators = Readonly<Record<string, ValidateFunction>>;

/** Bumped when the shape of the cached module changes. */
const FORMAT = 1;

const requireHere = createRequire(import.meta.url);

/** The validators of a set: from the cache when warm, else compiled now (and cached when the folder is writable). */
export function loadValidators(spec: ValidatorSetSpec, options: { cacheDir?: string } = {}): Validators {
  const file = cacheFile(spec, options.cacheDir ?? SPECFORGE_CACHE_DIR);
  if (existsSync(file)) {
    try {
      return instantiate(requireHere(file) as CachedModule, setDocuments(spec));
    } catch {
      // A truncated or foreign file: compile again and replace it.
    }
  }
  const compiled = compileStandalone(spec);
  writeAtomically(file, compiled.code);
  return compiled.validators;
}

/** Where a set's module is cached: the name plus a hash of everything the generated code depends on. */
export function cacheFile(spec: ValidatorSetSpec, cacheDir: string): string {
  const hash = createHash("sha256");
  hash.update(`format ${FORMAT}\n`);
  for (const pkg of ["ajv", "ajv-draft-04"]) hash.update(`${pkg} ${packageVersion(pkg)}\n`);
  hash.update(JSON.stringify([spec.name, spec.dialect, spec.options, spec.exports, spec.schemas.map((s) => s.key)]));
  for (const document of setDocuments(spec)) hash.update(JSON.stringify(document));
  return path.join(cacheDir, "validators", `${spec.name}-${hash.digest("hex").slice(0, 16)}.cjs`);
}

/** Meta-schemas each Ajv class compiles on its own (to check added schemas), which generated code may point into too. */
const META_SCHEMAS: Record<AjvDialect, readonly string[]> = {
  "draft-07": ["ajv/dist/refs/json-schema-draft-07.json"],
  "draft-04": ["ajv-draft-04/dist/refs/json-schema-draft-04.json"],
  "2020-12": [
    "schema.json",
    "applicator",
    "unevaluated",
    "content",
    "core",
    "format-annotation",
    "meta-data",
    "validation",
  ].map((name) => `ajv/dist/refs/json-schema-2020-12/${name.endsWith(".json") ? name : `meta/${name}.json`}`),
};

/** The meta-schemas an Ajv class registers, the very objects it holds. */
export function dialectMetaSchemas(dialect: AjvDialect): object[] {
  return META_SCHEMAS[dialect].map((file) => requireHere(file) as object);
}

/** The set's documents followed by the meta-schemas of its dialect it does not list itself. */
export function setDocuments(spec: ValidatorSetSpec): readonly object[] {
  const metas = dialectMetaSchemas(spec.dialect);
  return [...spec.documents, ...metas.filter((meta) => !spec.documents.includes(meta))];
}

/** What a cached module exports: a factory given `require` (for Ajv's small runtime helpers) and the documents. */
type CachedModule = (require: NodeRequire, schemaAt: SchemaAt) => Record<string, ValidateFunction>;

/** Finds a schema node: a document index and the path of keys inside it. */
export type SchemaAt = (document: number, segments: readonly string[]) => unknown;

function instantiate(factory: CachedModule, documents: readonly object[]): Validators {
  if (typeof factory !== "function") throw new Error("not a validator module");
  const schemaAt: SchemaAt = (index, segments) => {
    let node: unknown = documents[index];
    for (const segment of segments) node = (node as Record<string, unknown>)[segment];
    if (node === undefined) throw new Error(`no schema node at ${index} ${segments.join("/")}`);
    return node;
  };
  return factory(requireHere, schemaAt);
}

/** Writes through a temporary file and a rename, so a concurrent reader never sees half a module; a read-only cache is skipped. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // Not writable (read-only node_modules, full disk): the validators compiled in process serve this run.
  }
}

function packageVersion(name: string): string {
  try {
    return String((requireHere(`${name}/package.json`) as { version?: unknown }).version);
  } catch {
    return "absent";
  }
}
