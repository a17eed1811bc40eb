/** Hostile specs too large to commit: built as text when the test runs (deep nesting, huge enums, type explosions). */

const HEADER = 'openapi: 3.1.0\ninfo: { title: built, version: "1" }\n';

/** A JSON spec whose `x-deep` value is `levels` arrays nested in one another. */
export function deepJsonSpec(levels: number): string {
  return `{"openapi":"3.1.0","info":{"title":"deep","version":"1"},"paths":{},"x-deep":${"[".repeat(levels)}${"]".repeat(levels)}}`;
}

/** A YAML spec with `levels` nested flow sequences (`[[[…]]]`). */
export function deepYamlFlowSpec(levels: number): string {
  return `${HEADER}paths: {}\nx-deep: ${"[".repeat(levels)}${"]".repeat(levels)}\n`;
}

/** A YAML spec with `levels` nested block mappings, one per line (the position of the limit is reportable). */
export function deepYamlBlockSpec(levels: number): string {
  const lines = Array.from({ length: levels }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`);
  return `${HEADER}paths: {}\nx-deep:\n${lines.join("\n")} end\n`;
}

/** One operation returning `schema`, plus named component schemas. */
function specReturning(schema: unknown, schemas: Record<string, unknown>): string {
  const doc = {
    openapi: "3.1.0",
    info: { title: "built", version: "1" },
    paths: {
      "/x": {
        get: {
          operationId: "x",
          responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
        },
      },
    },
    components: { schemas },
  };
  return JSON.stringify(doc, null, 1);
}

/** A 5000-value string enum, a 2000-value integer enum, and an allOf of six oneOfs of four objects each (4096 combinations). */
export function typeExplosionSpec(): string {
  const big = Array.from({ length: 5000 }, (_, i) => `value-${i}-${"*/".repeat(i % 3)}`);
  const ints = Array.from({ length: 2000 }, (_, i) => i * 7 - 3000);
  const oneOfs = Array.from({ length: 6 }, (_, g) => ({
    oneOf: Array.from({ length: 4 }, (_, k) => ({
      type: "object",
      required: [`g${g}k${k}`],
      properties: { [`g${g}k${k}`]: { type: "string" } },
    })),
  }));
  return specReturning(
    { $ref: "#/components/schemas/Product" },
    {
      Big: { type: "string", enum: big },
      Ints: { type: "integer", enum: ints },
      Product: { allOf: oneOfs },
      Holder: {
        type: "object",
        properties: {
          big: { $ref: "#/components/schemas/Big" },
          ints: { $ref: "#/components/schemas/Ints" },
          product: { $ref: "#/components/schemas/Product" },
        },
      },
    },
  );
}

/** A schema nested `levels` objects deep through `properties` (well inside the loader's depth limit). */
export function deepSchemaSpec(levels: number): string {
  let schema: Record<string, unknown> = { type: "string" };
  for (let i = 0; i < levels; i++)
    schema = {
      type: "object",
      properties: { [`level${i}`]: schema, [`list${i}`]: { type: "array", items: { type: "integer" } } },
    };
  return specReturning({ $ref: "#/components/schemas/Deep" }, { Deep: schema });
}

/** A WADL document whose `doc` holds `levels` nested elements. */
export function deepWadlSpec(levels: number): string {
  const resources =
    '<resources base="https://api.example.com/"><resource path="a"><method name="GET" id="a"/></resource></resources>';
  return `<application xmlns="http://wadl.dev.java.net/2009/02"><doc>${"<a>".repeat(levels)}${"</a>".repeat(levels)}</doc>${resources}</application>`;
}
