/**
 * The paths of the synthetic spec: per resource, a CRUD-like mix of GET/POST/PUT/PATCH/DELETE with path,
 * query and header parameters, JSON bodies and several responses including errors.
 */
import type { Random } from "./random.js";

/** One resource (tag) of the synthetic spec. */
export interface ResourceInfo {
  tag: string;
  /** Path segment, kebab-case plural. */
  plural: string;
  /** Its component schema. */
  schema: string;
  idType: "integer" | "uuid";
}

type Json = Record<string, unknown>;
interface OperationContext {
  resource: ResourceInfo;
  unions: readonly string[];
  enums: readonly string[];
  random: Random;
}
interface Template {
  path: (r: ResourceInfo) => string;
  method: string;
  build: (ctx: OperationContext) => Json;
}

const ref = (kind: string, name: string): Json => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: Json): Json => ({ "application/json": { schema } });
const ok = (description: string, schema: Json): Json => ({ description, content: json(schema) });
const errors = (...names: string[]): Json =>
  Object.fromEntries(names.map((n) => [ERROR_STATUS[n]!, ref("responses", n)]));
const ERROR_STATUS: Record<string, string> = {
  BadRequest: "400",
  Unauthorized: "401",
  NotFound: "404",
  Conflict: "409",
  Unexpected: "default",
};

const idParam = (r: ResourceInfo): Json => ({
  name: "id",
  in: "path",
  required: true,
  description: `The ${r.schema}'s id.`,
  schema: r.idType === "integer" ? { type: "integer", minimum: 1 } : { type: "string", format: "uuid" },
});
const schemaRef = (ctx: OperationContext): Json => ref("schemas", ctx.resource.schema);
const pickOr = (random: Random, list: readonly string[], fallback: string): string =>
  list.length > 0 ? random.pick(list) : fallback;

/** In order of use: a resource with n operations gets the first n (3 to 8). */
const TEMPLATES: Template[] = [
  {
    path: (r) => `/${r.plural}`,
    method: "get",
    build: (ctx) => ({
      summary: `List ${ctx.resource.plural}`,
      parameters: [
        ref("parameters", "Limit"),
        ref("parameters", "Cursor"),
        {
          name: "status",
          in: "query",
          style: "form",
          explode: true,
          schema: { type: "array", items: ref("schemas", pickOr(ctx.random, ctx.enums, "Money")) },
        },
        { name: "sort", in: "query", schema: { type: "string", enum: ["name", "-name", "createdAt", "-createdAt"] } },
        ref("parameters", "RequestId"),
      ],
      responses: {
        "200": ok("A page.", {
          type: "object",
          required: ["data", "page"],
          properties: { data: { type: "array", items: schemaRef(ctx) }, page: ref("schemas", "PageInfo") },
        }),
        ...errors("BadRequest", "Unauthorized", "Unexpected"),
      },
    }),
  },
  {
    path: (r) => `/${r.plural}`,
    method: "post",
    build: (ctx) => ({
      summary: `Create a ${ctx.resource.schema}`,
      parameters: [ref("parameters", "IdempotencyKey")],
      requestBody: { required: true, content: json(schemaRef(ctx)) },
      responses: {
        "201": ok("Created.", schemaRef(ctx)),
        ...errors("BadRequest", "Unauthorized", "Conflict", "Unexpected"),
        "422": ref("responses", "BadRequest"),
      },
    }),
  },
  {
    path: (r) => `/${r.plural}/{id}`,
    method: "get",
    build: (ctx) => ({
      summary: `Retrieve a ${ctx.resource.schema}`,
      parameters: [
        {
          name: "expand",
          in: "query",
          style: "form",
          explode: false,
          schema: { type: "array", items: { type: "string", enum: ["owner", "detail", "parent"] } },
        },
      ],
      responses: { "200": ok("Found.", schemaRef(ctx)), ...errors("Unauthorized", "NotFound", "Unexpected") },
      ...(ctx.random.chance(0.2) ? { security: [{ apiKey: [] }, { bearerAuth: [] }] } : {}),
    }),
  },
  {
    path: (r) => `/${r.plural}/{id}`,
    method: "patch",
    build: (ctx) => ({
      summary: `Update a ${ctx.resource.schema}`,
      requestBody: {
        required: true,
        content: json({
          type: "object",
          properties: {
            name: { type: "string" },
            labels: { type: ["array", "null"], items: { type: "string" } },
            status: ref("schemas", pickOr(ctx.random, ctx.enums, "Money")),
          },
        }),
      },
      responses: {
        "200": ok("Updated.", schemaRef(ctx)),
        ...errors("BadRequest", "NotFound", "Conflict", "Unexpected"),
      },
    }),
  },
  {
    path: (r) => `/${r.plural}/{id}`,
    method: "delete",
    build: () => ({
      summary: "Delete",
      parameters: [{ name: "If-Match", in: "header", schema: { type: "string" } }],
      responses: { "204": { description: "Deleted." }, ...errors("Unauthorized", "NotFound", "Unexpected") },
    }),
  },
  {
    path: (r) => `/${r.plural}/{id}`,
    method: "put",
    build: (ctx) => ({
      summary: `Replace a ${ctx.resource.schema}`,
      requestBody: { required: true, content: json(schemaRef(ctx)) },
      responses: { "200": ok("Replaced.", schemaRef(ctx)), ...errors("BadRequest", "NotFound", "Unexpected") },
    }),
  },
  {
    path: (r) => `/${r.plural}/{id}/events`,
    method: "get",
    build: (ctx) => ({
      summary: "List events",
      parameters: [
        { name: "since", in: "query", schema: { type: "string", format: "date-time" } },
        ref("parameters", "Limit"),
      ],
      responses: {
        "200": ok("Events.", { type: "array", items: ref("schemas", pickOr(ctx.random, ctx.unions, "Error")) }),
        ...errors("NotFound", "Unexpected"),
      },
    }),
  },
  {
    path: (r) => `/${r.plural}/{id}/actions/archive`,
    method: "post",
    build: (ctx) => ({
      summary: "Archive",
      parameters: [ref("parameters", "IdempotencyKey"), { name: "notify", in: "query", schema: { type: "boolean" } }],
      requestBody: { content: json(ref("schemas", pickOr(ctx.random, ctx.unions, "Error"))) },
      responses: {
        "202": { description: "Accepted.", headers: { Location: { schema: { type: "string" } } } },
        ...errors("Conflict", "NotFound", "Unexpected"),
      },
    }),
  },
];

const OPERATION_VERBS: Record<number, string> = {
  0: "list",
  1: "create",
  2: "retrieve",
  3: "update",
  4: "delete",
  5: "replace",
  6: "listEvents",
  7: "archive",
};

/** The path items of one resource holding exactly `count` operations (3 to 8). */
export function buildResourcePaths(
  random: Random,
  options: { resource: ResourceInfo; count: number; unions: readonly string[]; enums: readonly string[] },
): Record<string, Json> {
  const { resource, count } = options;
  if (count < 1 || count > TEMPLATES.length)
    throw new Error(`a resource holds 1 to ${TEMPLATES.length} operations, not ${count}`);
  const paths: Record<string, Json> = {};
  TEMPLATES.slice(0, count).forEach((template, i) => {
    const key = template.path(resource);
    const item = (paths[key] ??= key.includes("{id}") ? { parameters: [idParam(resource)] } : {});
    const operation = template.build({ ...options, random });
    item[template.method] = {
      operationId: `${OPERATION_VERBS[i]}${resource.schema}`,
      tags: [resource.tag],
      ...operation,
    };
  });
  return paths;
}
