/**
 * JSON Schema of `x-specforge-rpc`: an operation that is an RPC endpoint (one POST, a form field holding
 * `[function_name, args, kwargs]` as JSON) and the functions it serves, keyed by name so each has a JSON pointer
 * (`…/x-specforge-rpc/functions/download.get_daily_builds_list`). docs/extensions.md describes it.
 */

/** A Schema Object (validated as such where it matters: `$ref`s resolve like any other). */
const schemaObject = { type: ["object", "boolean"] };

/** Argument keys: what the generated argument object calls the value (default: the wire name in camelCase). */
const argumentKey = { type: "string", pattern: "^[A-Za-z_$][A-Za-z0-9_$]*$" };

const common = {
  description: { type: "string" },
  deprecated: { type: "boolean" },
  key: argumentKey,
};

/** A positional argument: `name` is its wire name (for errors and docs), its place is its index. */
const positional = {
  type: "object",
  required: ["name", "schema"],
  additionalProperties: false,
  properties: {
    ...common,
    name: { type: "string", minLength: 1 },
    schema: schemaObject,
    required: { type: "boolean" },
    example: {},
  },
};

/** A keyword argument, keyed by its wire name. */
const keyword = {
  type: "object",
  required: ["schema"],
  additionalProperties: false,
  properties: { ...common, schema: schemaObject, required: { type: "boolean" }, example: {} },
};

/** A file argument (a multipart part named after the key, next to the form field). */
const file = {
  type: "object",
  additionalProperties: false,
  properties: { ...common, required: { type: "boolean" }, filename: { type: "string", minLength: 1 } },
};

const result = {
  type: "object",
  additionalProperties: false,
  properties: {
    description: { type: "string" },
    schema: schemaObject,
    /** The function answers `application/octet-stream`: the caller gets a stream. */
    binary: { type: "boolean" },
  },
  not: { required: ["schema", "binary"], properties: { binary: { const: true } } },
};

const rpcFunction = {
  type: "object",
  additionalProperties: false,
  properties: {
    summary: { type: "string" },
    description: { type: "string" },
    deprecated: { type: "boolean" },
    method: argumentKey,
    args: { type: "array", items: positional },
    kwargs: { type: "object", propertyNames: { minLength: 1 }, additionalProperties: keyword },
    files: { type: "object", propertyNames: { minLength: 1 }, additionalProperties: file },
    result,
    retrySafe: { type: "boolean" },
  },
};

/** `x-specforge-rpc` on a POST operation. */
export const rpcSchema: Record<string, unknown> = {
  type: "object",
  required: ["functions"],
  additionalProperties: false,
  properties: {
    /** The form field that carries the JSON triple (default `json`). */
    field: { type: "string", minLength: 1 },
    /** How error bodies are read: `auto` (by Content-Type, the default) or `text` (a message; an HTML debug page becomes its traceback). */
    errors: { enum: ["auto", "text"] },
    functions: {
      type: "object",
      minProperties: 1,
      additionalProperties: rpcFunction,
    },
  },
};
