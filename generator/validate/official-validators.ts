/**
 * The official schema of each OpenAPI version as a set of unit validators: one per unit slot (the subschema that
 * checks a path item, a component, …) and one for the rest of the document (the schema with every slot an empty schema,
 * accepting anything). Compiled once to standalone code (validator-cache.ts).
 */
import type { ValidateFunction } from "ajv";
import { escapePointerSegment } from "../load/pointer.js";
import type { SpecVersion } from "../load/load-spec.js";
import { loadOfficialSchema } from "./official-schemas.js";
import { SchemaClosures } from "./schema-closure.js";
import { loadValidators, setDocuments, type ValidatorSetSpec } from "./validator-cache.js";
import { REST_SLOT, UNIT_SLOTS } from "./validation-units.js";

type SchemaNode = Record<string, unknown>;

/** `verbose` gives each error its subschema, which is how alternatives are told apart. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  verbose: true,
  validateFormats: false,
  logger: false,
} as const;

/** A slot's validator and the closures its errors are resolved with (built on first need). */
export interface SlotChecker {
  validate: ValidateFunction;
  closures: () => SchemaClosures;
}

const checkers = new Map<SpecVersion, ReadonlyMap<string, SlotChecker>>();

/** The slot checkers of a version, loaded once per process. */
export function slotCheckers(
  version: SpecVersion,
  options: { cacheDir?: string } = {},
): ReadonlyMap<string, SlotChecker> {
  let found = checkers.get(version);
  if (!found) {
    found = buildCheckers(version, options.cacheDir);
    if (options.cacheDir === undefined) checkers.set(version, found);
  }
  return found;
}

/** The validator set of a version: what is compiled, and every document its code may point into. */
export function officialValidatorSet(version: SpecVersion): { spec: ValidatorSetSpec; rest: SchemaNode } {
  const { schema, references, draft } = loadOfficialSchema(version);
  const idKey = draft === "2020-12" ? "$id" : "id";
  const rootId = String(schema[idKey]).replace(/#$/, "");
  const restId = `https://specforge.invalid/validate/openapi-${version}/rest`;
  const rest = structuredClone(schema);
  rest[idKey] = restId;
  const exports: Record<string, string> = { [REST_SLOT]: restId };
  for (const slot of UNIT_SLOTS[version]) {
    replaceAt(rest, slot.schema, {});
    exports[slot.name] =
      `${rootId}#${slot.schema.map((s) => `/${encodeURIComponent(escapePointerSegment(s))}`).join("")}`;
  }
  const spec: ValidatorSetSpec = {
    name: `openapi-${version}`,
    dialect: draft,
    options: AJV_OPTIONS,
    schemas: [...references, schema, rest].map((s) => ({ schema: s })),
    exports,
    documents: [schema, rest, ...references],
  };
  return { spec, rest };
}

function buildCheckers(version: SpecVersion, cacheDir: string | undefined): ReadonlyMap<string, SlotChecker> {
  const { spec, rest } = officialValidatorSet(version);
  const validators = loadValidators(spec, cacheDir === undefined ? {} : { cacheDir });
  const documents = setDocuments(spec);
  const lookup = (uri: string): object | undefined =>
    documents.find((d) => {
      const id = (d as SchemaNode)["$id"] ?? (d as SchemaNode)["id"];
      return typeof id === "string" && id.replace(/#$/, "") === uri.replace(/#$/, "");
    });
  const lazy = (root: object) => {
    let closures: SchemaClosures | undefined;
    return () => (closures ??= new SchemaClosures(root, lookup));
  };
  const official = lazy(spec.documents[0]!);
  const out = new Map<string, SlotChecker>();
  for (const name of Object.keys(spec.exports)) {
    out.set(name, { validate: validators[name]!, closures: name === REST_SLOT ? lazy(rest) : official });
  }
  return out;
}

/** Sets the node at `path` (which must exist up to its parent). */
function replaceAt(root: SchemaNode, path: readonly string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as SchemaNode;
  if (!(path[path.length - 1]! in node)) throw new Error(`no slot at ${path.join("/")}`);
  node[path[path.length - 1]!] = value;
}
