/**
 * fast-check arbitraries for random VALID OpenAPI 3.1 documents: hostile text everywhere text may go (quotes,
 * comment and template break-outs, line and paragraph separators, bidi and zero-width characters), names that
 * collide after case conversion, reserved words, and schemas built from every shape the generator handles.
 */
import fc from "fast-check";

/** Characters that break naive quoting, comments, templates and identifiers. */
const HOSTILE_CHARS = [
  '"',
  "'",
  "`",
  "\\",
  "*/",
  "/*",
  "${",
  "}",
  "\n",
  "\r",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u200b",
  "<",
  ">",
  "&",
  " ",
  "-",
  "_",
  ".",
  "$",
  "é",
  "🙂",
];
const WORDS = [
  "then",
  "constructor",
  "__proto__",
  "prototype",
  "class",
  "delete",
  "default",
  "import",
  "new",
  "toString",
  "Promise",
  "Array",
  "client",
  "items",
  "Item",
  "ITEMS",
  "item_s",
  "get-items",
  "getItems",
  "PWNED()",
  "x",
  "id",
];

/** Free text (titles, descriptions, enum values): words and hostile characters mixed. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE_CHARS), fc.string({ maxLength: 4 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

/** A name for a property, parameter, tag or operationId: anything non-empty. */
export const hostileName = fc.oneof(
  fc.constantFrom(...WORDS),
  hostileText.filter((t) => t.trim() !== ""),
);

/** Component names are restricted by the spec to `[A-Za-z0-9._-]+`. */
const componentName = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/).filter((n) => n !== "." && n !== "..");

type Schema = Record<string, unknown>;

/**
 * A schema whose `$ref`s resolve and never form a cycle TypeScript cannot name: outside an object's properties it may
 * refer only to `near` (components later in order); inside properties it may refer to any of `all`.
 */
function schemaOf(near: readonly string[], all: readonly string[]): fc.Arbitrary<Schema> {
  const refTo = (names: readonly string[]): fc.Arbitrary<Schema>[] =>
    names.length > 0 ? [fc.constantFrom(...names).map((name) => ({ $ref: `#/components/schemas/${name}` }))] : [];
  const shapes = (
    refs: readonly string[],
    same: () => fc.Arbitrary<Schema>,
    inner: () => fc.Arbitrary<Schema>,
  ): fc.Arbitrary<Schema> =>
    fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom<Schema>(
        { type: "string" },
        { type: "integer" },
        { type: "number" },
        { type: "boolean" },
        { type: "null" },
        { type: ["string", "null"] },
        { type: "string", format: "binary" },
        {},
      ),
      ...refTo(refs),
      fc.record({ type: fc.constant("string"), enum: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 5 }) }),
      fc.record({ const: hostileText, description: hostileText }),
      fc.record({
        type: fc.constant("integer"),
        enum: fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 4 }),
      }),
      fc.record({ type: fc.constant("array"), items: same() }),
      fc.dictionary(hostileName, inner(), { maxKeys: 4 }).chain((properties) =>
        fc.record({
          type: fc.constant("object"),
          properties: fc.constant(properties),
          required: fc.subarray(Object.keys(properties)),
          additionalProperties: fc.oneof(fc.constant(false), fc.constant(true), inner()),
          description: hostileText,
        }),
      ),
      fc.record({ oneOf: fc.array(same(), { minLength: 1, maxLength: 3 }) }),
      fc.record({
        allOf: fc.array(
          fc.dictionary(hostileName, inner(), { maxKeys: 2 }).map((properties) => ({ type: "object", properties })),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    );
  const { outer } = fc.letrec<{ outer: Schema; inner: Schema }>((tie) => ({
    outer: shapes(
      near,
      () => tie("outer") as fc.Arbitrary<Schema>,
      () => tie("inner") as fc.Arbitrary<Schema>,
    ),
    inner: shapes(
      all,
      () => tie("inner") as fc.Arbitrary<Schema>,
      () => tie("inner") as fc.Arbitrary<Schema>,
    ),
  }));
  return outer;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** One operation: hostile operationId, tag, summary, parameters of each location, optional body, responses. */
function operationOf(
  refs: readonly string[],
  operationId: string,
  pathParams: readonly string[],
  method: string,
): fc.Arbitrary<Schema> {
  const schema = schemaOf(refs, refs);
  const param = (location: "query" | "header" | "cookie") =>
    fc.record(
      { name: hostileName, in: fc.constant(location), description: hostileText, schema },
      { requiredKeys: ["name", "in", "schema"] },
    );
  return fc
    .record({
      tag: hostileName,
      summary: hostileText,
      params: fc.uniqueArray(fc.oneof(param("query"), param("header"), param("cookie")), {
        maxLength: 4,
        selector: (p) => `${p.in}:${p.name.toLowerCase()}`,
      }),
      body: fc.option(
        fc.record({
          media: fc.constantFrom(
            "application/json",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "text/plain",
            "application/octet-stream",
          ),
          schema,
        }),
      ),
      response: schema,
      status: fc.constantFrom("200", "201", "204", "default", "2XX"),
    })
    .map(({ tag, summary, params, body, response, status }) => ({
      operationId,
      tags: [tag],
      summary,
      parameters: [
        ...pathParams.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
        ...params,
      ],
      ...(body && method !== "get" && method !== "delete"
        ? {
            requestBody: {
              content: {
                [body.media]: { schema: body.media === "application/json" ? body.schema : { type: "object" } },
              },
            },
          }
        : {}),
      responses: {
        [status]: {
          description: summary,
          ...(status === "204" ? {} : { content: { "application/json": { schema: response } } }),
        },
      },
    }));
}

/** A path like `/a/{p0}/b` with its variable names. */
const pathTemplate = fc
  .array(fc.oneof(fc.stringMatching(/^[a-z0-9._~-]{1,6}$/), fc.constant("{}")), { minLength: 1, maxLength: 4 })
  .map((segments) => {
    const params: string[] = [];
    const text = segments.map((s) => (s === "{}" ? `{p${params.push(`p${params.length}`) - 1}}` : s)).join("/");
    return { path: `/${text}`, params };
  });

/** A whole valid document: info with hostile text, servers, component schemas, operations under unique paths. */
export const validSpec: fc.Arbitrary<Schema> = fc
  .uniqueArray(componentName, { maxLength: 5, selector: (n) => n })
  .chain((names) =>
    fc
      .record({
        title: hostileText,
        description: hostileText,
        version: hostileText,
        server: fc.constantFrom("https://api.example.com/v1", "/relative", "http://127.0.0.1:8080"),
        schemas: fc.tuple(...names.map((_, i) => schemaOf(names.slice(i + 1), names))),
        paths: fc.uniqueArray(pathTemplate, {
          minLength: 1,
          maxLength: 4,
          selector: (p) => p.path.replace(/\{[^}]*\}/g, "{}"),
        }),
        operationIds: fc.uniqueArray(hostileName, { minLength: 8, maxLength: 8, selector: (n) => n }),
        methods: fc.array(fc.subarray([...METHODS], { minLength: 1 }), { minLength: 4, maxLength: 4 }),
      })
      .chain(({ title, description, version, server, schemas, paths, operationIds, methods }) => {
        const ops: fc.Arbitrary<[string, string, Schema]>[] = [];
        let id = 0;
        paths.forEach((p, i) => {
          for (const method of methods[i]!.slice(0, 2))
            ops.push(operationOf(names, operationIds[id++]!, p.params, method).map((op) => [p.path, method, op]));
        });
        return fc.tuple(...ops).map((built) => {
          const pathItems: Record<string, Record<string, Schema>> = {};
          for (const [p, method, op] of built) (pathItems[p] ??= {})[method] = op;
          return {
            openapi: "3.1.0",
            info: { title, description, version },
            servers: [{ url: server, description }],
            paths: pathItems,
            components: { schemas: Object.fromEntries(names.map((n, i) => [n, schemas[i]])) },
          };
        });
      }),
  );
