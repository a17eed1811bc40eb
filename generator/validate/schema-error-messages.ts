/** Phrases resolved Ajv errors for people: what is wrong, where, and what to do about it. */
import type { ErrorObject } from "ajv";
import { parsePointer } from "../load/pointer.js";
import type { SchemaClosures } from "./schema-closure.js";
import type { ResolvedErrors } from "./schema-error-branches.js";
import { isRecord } from "./spec-nodes.js";
import { didYouMean, suggestName } from "./suggest.js";

/** One structural problem, at segments of the document. */
export interface StructuralProblem {
  code: string;
  message: string;
  at: string[];
  /** Point at the member's key rather than its value (for unknown fields). */
  atKey?: boolean;
}

interface Context {
  closures: SchemaClosures;
  /** Instance paths with an error other than an unevaluated property at or below them. */
  explained: Set<string>;
  eitherOf: Map<ErrorObject, string[]>;
  /** Allowed values (enum/const) or types, merged over every error at the same place. */
  merged: Map<string, unknown[]>;
}

type Phraser = (error: ErrorObject, at: string[], ctx: Context) => StructuralProblem | undefined;

/** Turns resolved errors into problems, merging `enum`/`const`/`type` errors about the same value. */
export function describeSchemaErrors(resolved: ResolvedErrors, closures: SchemaClosures): StructuralProblem[] {
  const ctx: Context = {
    closures,
    explained: explainedPaths(resolved.errors),
    eitherOf: resolved.eitherOf,
    merged: mergeAllowed(resolved.errors),
  };
  const out: StructuralProblem[] = [];
  for (const error of resolved.errors) {
    const at = parsePointer(error.instancePath) ?? [];
    const problem = (PHRASERS[error.keyword] ?? phraseOther)(error, at, ctx);
    if (problem) out.push(problem);
  }
  return out;
}

/** Every instance path that has, at or below it, an error other than an unevaluated property. */
function explainedPaths(errors: readonly ErrorObject[]): Set<string> {
  const explained = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "unevaluatedProperties") continue;
    for (let path = e.instancePath; path !== ""; path = path.slice(0, path.lastIndexOf("/"))) explained.add(path);
  }
  return explained;
}

/** The allowed values (or types) of every `enum`/`const` (or `type`) error, merged per instance path. */
function mergeAllowed(errors: readonly ErrorObject[]): Map<string, unknown[]> {
  const merged = new Map<string, unknown[]>();
  for (const error of errors) {
    const key = mergeKey(error);
    if (key === undefined) continue;
    const list = merged.get(key) ?? [];
    const allowed =
      error.keyword === "type"
        ? String(error.schema).split(",")
        : error.keyword === "const"
          ? [error.schema]
          : error.schema;
    for (const value of Array.isArray(allowed) ? allowed : [allowed]) {
      if (!list.some((v) => JSON.stringify(v) === JSON.stringify(value))) list.push(value);
    }
    merged.set(key, list);
  }
  return merged;
}

function mergeKey(error: ErrorObject): string | undefined {
  if (error.keyword === "enum" || error.keyword === "const") return `${error.instancePath} values`;
  return error.keyword === "type" ? `${error.instancePath} types` : undefined;
}

const phraseUnknownField: Phraser = (error, at, ctx) => {
  const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
  const name = params.additionalProperty ?? params.unevaluatedProperty ?? "";
  const declared = isRecord(error.parentSchema) ? ctx.closures.declaredNames(error.parentSchema) : new Set<string>();
  // A field of a conditional branch that failed counts as unevaluated; the branch's own error explains it.
  if (error.keyword === "unevaluatedProperties" && declared.has(name) && ctx.explained.has(error.instancePath))
    return undefined;
  const last = at[at.length - 1];
  let hint = `${didYouMean(name, declared)}; extension fields must start with "x-"`;
  if (at.length === 1 && last === "paths")
    hint = `: path keys must start with "/"; extension fields must start with "x-"`;
  if (last === "responses" && at.length > 1 && at[at.length - 2] !== "components") {
    hint = `: response keys are status codes ("200"), ranges ("2XX") or "default"; extension fields must start with "x-"`;
  }
  return {
    code: "schema-unknown-field",
    at: [...at, name],
    atKey: true,
    message: `unknown field ${JSON.stringify(name)}${hint}`,
  };
};

const PHRASERS: Partial<Record<string, Phraser>> = {
  additionalProperties: phraseUnknownField,
  unevaluatedProperties: phraseUnknownField,
  required(error, at, ctx) {
    const either = ctx.eitherOf.get(error);
    const field = String((error.params as { missingProperty?: unknown }).missingProperty);
    const message = either
      ? `${subject(at)} needs one of the fields ${listOf(
          either.map((f) => JSON.stringify(f)),
          "or",
        )}`
      : `${subject(at)} is missing the required field ${JSON.stringify(field)}`;
    return { code: "schema-missing-field", at, message };
  },
  dependencies: phraseDependency,
  dependentRequired: phraseDependency,
  type(error, at, ctx) {
    const types = (ctx.merged.get(`${error.instancePath} types`) ?? []).map(String);
    if (ctx.merged.get(`${error.instancePath} types`) === undefined) return undefined;
    ctx.merged.delete(`${error.instancePath} types`);
    return {
      code: "schema-invalid-type",
      at,
      message: `${subject(at)} must be ${listOf(types.map(withArticle), "or")} (got ${typeName(error.data)})`,
    };
  },
  enum: phraseValue,
  const: phraseValue,
  not(error, at) {
    const forbidden =
      isRecord(error.schema) && Array.isArray(error.schema["required"]) ? error.schema["required"].map(String) : [];
    if (forbidden.length > 1) {
      return {
        code: "schema-conflicting-fields",
        at,
        message: `${subject(at)} cannot have both ${listOf(
          forbidden.map((f) => JSON.stringify(f)),
          "and",
        )}; keep only one`,
      };
    }
    return {
      code: "schema-invalid-value",
      at,
      message: `${subject(at)} has a form that is not allowed here${describeSchema(error.parentSchema)}`,
    };
  },
  oneOf(error, at) {
    const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
    const branches =
      Array.isArray(error.schema) && Array.isArray(passing)
        ? passing.map((i) => (error.schema as unknown[])[Number(i)])
        : [];
    const fields = branches.flatMap((b) =>
      isRecord(b) && Array.isArray(b["required"]) ? b["required"].map(String) : [],
    );
    if (fields.length > 1 && fields.length === branches.length) {
      return {
        code: "schema-conflicting-fields",
        at,
        message: `${subject(at)} cannot have both ${listOf(
          fields.map((f) => JSON.stringify(f)),
          "and",
        )}; keep only one`,
      };
    }
    return {
      code: "schema-invalid-value",
      at,
      message: `${subject(at)} matches more than one allowed form; remove the fields that make it ambiguous`,
    };
  },
  "false schema"(_error, at) {
    return { code: "schema-unknown-field", at, message: `${subject(at)} is not allowed here` };
  },
};

function phraseDependency(error: ErrorObject, at: string[]): StructuralProblem {
  const { property, missingProperty } = error.params as { property?: unknown; missingProperty?: unknown };
  return {
    code: "schema-missing-field",
    at,
    message: `${subject(at)} needs the field ${JSON.stringify(missingProperty)} when ${JSON.stringify(property)} is present`,
  };
}

function phraseValue(error: ErrorObject, at: string[], ctx: Context): StructuralProblem | undefined {
  const key = `${error.instancePath} values`;
  const values = ctx.merged.get(key);
  if (values === undefined) return undefined;
  ctx.merged.delete(key);
  const shown =
    values.length > 12
      ? [...values.slice(0, 12).map((v) => JSON.stringify(v)), "…"]
      : values.map((v) => JSON.stringify(v));
  const expected = values.length === 1 ? shown[0]! : `one of ${listOf(shown, "or")}`;
  const suggestion =
    typeof error.data === "string"
      ? suggestName(
          error.data,
          values.filter((v): v is string => typeof v === "string"),
        )
      : undefined;
  const got = `got ${JSON.stringify(error.data)}${suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`}`;
  const hint =
    at[at.length - 1] === "required" && values.length === 1 && values[0] === true
      ? "; path parameters are always required"
      : "";
  return { code: "schema-invalid-value", at, message: `${subject(at)} must be ${expected} (${got})${hint}` };
}

const phraseOther: Phraser = (error, at) => {
  const limit = (error.params as { limit?: unknown }).limit;
  const wording: Partial<Record<string, string>> = {
    minItems: `must have at least ${String(limit)} item(s)`,
    maxItems: `must have at most ${String(limit)} item(s)`,
    minLength: `must be at least ${String(limit)} character(s) long`,
    maxLength: `must be at most ${String(limit)} character(s) long`,
    minProperties: `must have at least ${String(limit)} field(s)`,
    maxProperties: `must have at most ${String(limit)} field(s)`,
    pattern: `must match the pattern ${String((error.params as { pattern?: unknown }).pattern)} (got ${JSON.stringify(error.data)})`,
    uniqueItems: `must not repeat items (items ${String((error.params as { j?: unknown }).j)} and ${String((error.params as { i?: unknown }).i)} are equal)`,
  };
  return {
    code: "schema-invalid-value",
    at,
    message: `${subject(at)} ${wording[error.keyword] ?? error.message ?? "is invalid"}`,
  };
};

/** How a message names the value at `at`: `"title"`, `item 2 of "tags"`, or `the document`. */
function subject(at: readonly string[]): string {
  const last = at[at.length - 1];
  if (last === undefined) return "the document";
  const parent = at[at.length - 2];
  return /^\d+$/.test(last) && parent !== undefined
    ? `item ${last} of ${JSON.stringify(parent)}`
    : JSON.stringify(last);
}

function describeSchema(schema: unknown): string {
  return isRecord(schema) && typeof schema["description"] === "string" ? ` (${schema["description"]})` : "";
}

function withArticle(type: string): string {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && Number.isInteger(value)) return "an integer";
  return withArticle(typeof value);
}

function listOf(items: readonly string[], conjunction: "or" | "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
