/** `src/types.ts`: openapi-typescript's types (as text) followed by named exports for every component schema. */
import { StructureKind, type StatementStructures } from "ts-morph";
import { jsDocLines, quoteString } from "../naming/literals.js";
import type { Api } from "../normalize/ir.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { generatedHeader } from "./header.js";
import { CONDITIONS_TYPE } from "./schema-conditions.js";
import { printSourceFile } from "./print.js";

/** The types module; `schemaTypesText` is openapi-typescript's output for the document. */
export function emitTypesFile(api: Api, schemaTypesText: string): GeneratedFile {
  const named: StatementStructures[] = api.schemas.flatMap((schema) => {
    const ref = `components["schemas"][${quoteString(schema.name)}]`;
    const docs = jsDocLines({ description: schema.description, deprecated: schema.deprecated });
    const aliases: StatementStructures[] = [
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: schema.typeName,
        type: `Readable<${ref}>`,
        docs: docs ? [docs] : [],
      },
    ];
    if (schema.inputTypeName) {
      aliases.push({
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: schema.inputTypeName,
        type: `Writable<${ref}>`,
        docs: [`The request (write) shape of {@link ${schema.typeName}}: without readOnly properties.`],
      });
    }
    return aliases;
  });
  const statements: (string | StatementStructures)[] = [
    `import type { $Json, $Read, $Write, $Unknown, Readable, Writable } from "./runtime/schema-markers.js";`,
    ...(api.usesConditions === true ? [`import type { ${CONDITIONS_TYPE} } from "./runtime/conditions.js";`] : []),
    schemaTypesText,
    ...named,
  ];
  return { path: "src/types.ts", content: printSourceFile(generatedHeader(api.sourceName), statements) };
}
