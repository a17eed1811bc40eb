/**
 * README samples: the arguments each call needs (required parameters, the required body or, when it is spread, its
 * required properties), with values that fit the request types: examples, defaults and enums first, then by type.
 */
import { followPointer, parsePointer } from "../load/pointer.js";
import type { Api, Operation, SampleValue } from "./ir.js";
import { isJsonTextSchema } from "./json-text.js";
import { exampleBodyEntries, mediaExample } from "./readme-body-example.js";
import { componentSchemaName, derefObject, isObject, type JsonObject } from "./refs.js";

const MAX_DEPTH = 6;
const TEXT_MEDIA = /^text\/|json$|xml$|^application\/x-www-form-urlencoded$/i;
const FORMATS: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "12:00:00",
  email: "user@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  byte: "aGVsbG8=",
};

interface Context {
  doc: JsonObject;
  /** Component schema name → [discriminator property, value] (openapi-typescript narrows that property). */
  tags: Map<string, [string, string]>;
}

const data = (value: unknown): SampleValue => ({ kind: "data", value });

/** Sets `readmeArgs` on every operation. */
export function buildReadmeSamples(doc: JsonObject, api: Api): void {
  const ctx: Context = { doc, tags: discriminatorTags(doc) };
  for (const op of api.operations) op.readmeArgs = sampleArguments(ctx, op);
}

function sampleArguments(ctx: Context, op: Operation): [string, SampleValue][] {
  if (op.rpc)
    return objectEntries(ctx, { $ref: `#/components/schemas/${op.rpc.argsType.keys[1] ?? ""}` }, undefined, 0);
  const raw = derefObject(ctx.doc, followPointer(ctx.doc, parsePointer(op.pointer) ?? [])) ?? {};
  const item = derefObject(ctx.doc, followPointer(ctx.doc, ["paths", op.path])) ?? {};
  const rawParams = new Map<string, JsonObject>();
  for (const list of [item["parameters"], raw["parameters"]]) {
    for (const entry of Array.isArray(list) ? list : []) {
      const param = derefObject(ctx.doc, entry);
      if (param && typeof param["name"] === "string")
        rawParams.set(
          `${String(param["in"])}:${param["in"] === "header" ? param["name"].toLowerCase() : param["name"]}`,
          param,
        );
    }
  }
  const out: [string, SampleValue][] = [];
  for (const p of op.params) {
    if (p.required && p.clientDefault === undefined)
      out.push([
        p.key,
        sampleParameter(ctx, rawParams.get(`${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`) ?? {}),
      ]);
  }
  const body = op.body;
  const variant = body?.variants[0];
  if (!body?.required || !variant) return out;
  const content = derefObject(ctx.doc, raw["requestBody"])?.["content"];
  const media =
    isObject(content) && isObject(content[variant.mediaType]) ? (content[variant.mediaType] as JsonObject) : {};
  const example = variant.encoding === "json" ? mediaExample(ctx.doc, media) : undefined;
  if (example !== undefined && body.from !== "spread") return [...out, [body.from.key, data(example)]];
  const fromExample = body.from === "spread" ? exampleBodyEntries(ctx.doc, media["schema"], example) : undefined;
  if (fromExample !== undefined) return [...out, ...fromExample];
  if (body.from === "spread") return [...out, ...objectEntries(ctx, media["schema"], undefined, 0)];
  if (variant.encoding === "binary") return [...out, [body.from.key, { kind: "blob" }]];
  if (variant.encoding === "ndjson")
    return [...out, [body.from.key, { kind: "list", items: [sampleSchema(ctx, media["schema"], 0)] }]];
  if (variant.encoding === "text")
    return [
      ...out,
      [body.from.key, data(firstFitting(derefObject(ctx.doc, media["schema"]) ?? {}, "string") ?? "value")],
    ];
  return [...out, [body.from.key, sampleSchema(ctx, media["schema"], 0)]];
}

function sampleParameter(ctx: Context, param: JsonObject): SampleValue {
  const content = isObject(param["content"]) ? Object.values(param["content"])[0] : undefined;
  const schema = isObject(content) ? content["schema"] : param["schema"];
  const resolved = derefObject(ctx.doc, schema) ?? {};
  const examples = isObject(param["examples"])
    ? Object.values(param["examples"]).map((e) => derefObject(ctx.doc, e)?.["value"])
    : [];
  for (const candidate of [param["example"], ...examples]) {
    if (candidate !== undefined && isScalarType(primaryType(resolved)) && fits(resolved, candidate))
      return data(candidate);
  }
  return sampleSchema(ctx, schema, 0);
}

/** A value of the schema's request (write) shape. */
function sampleSchema(ctx: Context, raw: unknown, depth: number): SampleValue {
  const schema = derefObject(ctx.doc, raw);
  if (!schema) return data("value");
  if (schema["const"] !== undefined) return data(schema["const"]);
  const branch = [schema["oneOf"], schema["anyOf"]]
    .find(Array.isArray)
    ?.find((b) => primaryType(derefObject(ctx.doc, b) ?? {}) !== "null");
  if (branch !== undefined && schema["properties"] === undefined) return sampleSchema(ctx, branch, depth + 1);
  const type = primaryType(schema);
  if (type === "object") return { kind: "object", entries: objectEntries(ctx, raw, schema, depth) };
  if (type === "array") {
    if (Array.isArray(schema["prefixItems"]))
      return { kind: "list", items: schema["prefixItems"].map((s) => sampleSchema(ctx, s, depth + 1)) };
    const example = firstFitting(schema, type);
    if (example !== undefined && isScalarType(primaryType(derefObject(ctx.doc, schema["items"]) ?? {})))
      return data(example);
    return {
      kind: "list",
      items: schema["items"] !== undefined && depth < MAX_DEPTH ? [sampleSchema(ctx, schema["items"], depth + 1)] : [],
    };
  }
  if (type === "string" && isJsonTextSchema(schema)) return sampleSchema(ctx, schema["contentSchema"], depth + 1);
  if (type === "string" && isBinary(schema)) return { kind: "blob" };
  const found = firstFitting(schema, type);
  if (found !== undefined) return data(found);
  if (type === "string") return data(FORMATS[String(schema["format"])] ?? "value");
  if (type === "integer" || type === "number")
    return data(
      typeof schema["minimum"] === "number"
        ? Math.ceil(schema["minimum"])
        : typeof schema["maximum"] === "number" && schema["maximum"] < 1
          ? Math.floor(schema["maximum"])
          : 1,
    );
  if (type === "boolean") return data(true);
  if (type === "null") return data(null);
  return data("value");
}

/** The required, writable properties of an object schema (through `allOf`), each with a sample. */
function objectEntries(
  ctx: Context,
  raw: unknown,
  resolved: JsonObject | undefined,
  depth: number,
): [string, SampleValue][] {
  const schema = resolved ?? derefObject(ctx.doc, raw);
  if (!schema || depth > MAX_DEPTH) return [];
  const properties = new Map<string, unknown>();
  const required: string[] = [];
  collectShape(ctx, schema, properties, required, 0);
  const name = componentSchemaName(raw);
  const tag = name === undefined ? undefined : ctx.tags.get(name);
  const out: [string, SampleValue][] = [];
  for (const key of new Set(required)) {
    const prop = properties.get(key);
    if (derefObject(ctx.doc, prop)?.["readOnly"] === true) continue;
    out.push([
      key,
      tag && tag[0] === key ? data(tag[1]) : prop === undefined ? data("value") : sampleSchema(ctx, prop, depth + 1),
    ]);
  }
  return out;
}

function collectShape(
  ctx: Context,
  schema: JsonObject,
  properties: Map<string, unknown>,
  required: string[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  for (const part of Array.isArray(schema["allOf"]) ? schema["allOf"] : []) {
    const resolved = derefObject(ctx.doc, part);
    if (resolved) collectShape(ctx, resolved, properties, required, depth + 1);
  }
  if (isObject(schema["properties"]))
    for (const [key, value] of Object.entries(schema["properties"])) properties.set(key, value);
  if (Array.isArray(schema["required"]))
    required.push(...schema["required"].filter((r): r is string => typeof r === "string"));
}

/** The schema's main type: its `type` (the first that is not `null`), else what its keywords imply. */
function primaryType(schema: JsonObject): string | undefined {
  const raw = schema["type"];
  const types = Array.isArray(raw)
    ? raw.filter((t): t is string => typeof t === "string")
    : typeof raw === "string"
      ? [raw]
      : [];
  const type = types.find((t) => t !== "null") ?? types[0];
  if (type !== undefined) return type;
  if (
    schema["properties"] !== undefined ||
    schema["required"] !== undefined ||
    schema["allOf"] !== undefined ||
    schema["additionalProperties"] !== undefined
  )
    return "object";
  if (schema["items"] !== undefined || schema["prefixItems"] !== undefined) return "array";
  return undefined;
}

/** Raw bytes, typed `Blob`: the rule of emit/schema-type-fixes.ts `binaryType`. */
function isBinary(schema: JsonObject): boolean {
  const media = schema["contentMediaType"];
  return (
    schema["format"] === "binary" ||
    (typeof media === "string" && schema["contentEncoding"] === undefined && !TEXT_MEDIA.test(media))
  );
}

function isScalarType(type: string | undefined): boolean {
  return type !== "object" && type !== "array";
}

/** The first declared example, default or enum value that has the schema's type (and is one of its enum values). */
function firstFitting(schema: JsonObject, type: string | undefined): unknown {
  const examples = Array.isArray(schema["examples"]) ? schema["examples"] : [];
  const values = Array.isArray(schema["enum"]) ? schema["enum"] : [];
  return [schema["example"], ...examples, schema["default"], ...values].find(
    (v) => v !== undefined && v !== null && fits(schema, v, type),
  );
}

function fits(schema: JsonObject, value: unknown, type = primaryType(schema)): boolean {
  if (Array.isArray(schema["enum"]) && !schema["enum"].some((e) => JSON.stringify(e) === JSON.stringify(value)))
    return false;
  if (type === undefined) return true;
  if (type === "string") return typeof value === "string" && !isBinary(schema) && !isJsonTextSchema(schema);
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  if (type === "boolean") return typeof value === "boolean";
  if (type === "array") return Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null);
  return false;
}

/** Which discriminator value each component schema must carry (mapping keys, else the schema's name). */
function discriminatorTags(doc: JsonObject): Map<string, [string, string]> {
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  const tags = new Map<string, [string, string]>();
  for (const [parent, schema] of Object.entries(schemas)) {
    const discriminator = isObject(schema) ? schema["discriminator"] : undefined;
    if (!isObject(schema) || !isObject(discriminator) || typeof discriminator["propertyName"] !== "string") continue;
    const property = discriminator["propertyName"];
    const mapping = isObject(discriminator["mapping"]) ? discriminator["mapping"] : {};
    const keyFor = (name: string): string =>
      Object.keys(mapping).find((k) => mapping[k] === `#/components/schemas/${name}` || mapping[k] === name) ?? name;
    const members = [schema["oneOf"], schema["anyOf"]].flatMap((list) =>
      Array.isArray(list) ? list.map(componentSchemaName) : [],
    );
    for (const [child, childSchema] of Object.entries(schemas)) {
      const allOf = isObject(childSchema) && Array.isArray(childSchema["allOf"]) ? childSchema["allOf"] : [];
      if (allOf.some((part) => componentSchemaName(part) === parent)) members.push(child);
    }
    for (const ref of Object.values(mapping))
      if (typeof ref === "string") members.push(ref.startsWith("#/components/schemas/") ? ref.slice(21) : ref);
    for (const member of members)
      if (member !== undefined && !tags.has(member)) tags.set(member, [property, keyFor(member)]);
  }
  return tags;
}
