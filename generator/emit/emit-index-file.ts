/** `src/index.ts`: the package's public surface. */
import { RUNTIME_TYPE_EXPORTS, RUNTIME_VALUE_EXPORTS } from "../naming/reserved-exports.js";
import { LINK_TYPE_NAMES } from "../normalize/build-links.js";
import type { Api } from "../normalize/ir.js";
import { layoutNamedList } from "./code-layout.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { generatedHeader } from "./header.js";
import { printSourceFile } from "./print.js";

/** Re-exports the client, its resources, the schema types and the runtime's public API. */
export function emitIndexFile(api: Api): GeneratedFile {
  const statements = [
    layoutNamedList(
      "export",
      [api.clientName, `type ${api.clientName}Options`, `type ${api.clientName}Environment`],
      `"./client.js"`,
    ),
    ...api.resources.map((r) => `export * from "./resources/${r.fileName}.js";`),
    `export type * from "./types.js";`,
    ...(api.links ? [`export type { ${Object.values(LINK_TYPE_NAMES).join(", ")} } from "./links.js";`] : []),
    layoutNamedList("export", RUNTIME_VALUE_EXPORTS, `"./runtime/index.js"`),
    layoutNamedList("export type", RUNTIME_TYPE_EXPORTS, `"./runtime/index.js"`),
    `export { ApiError as ${api.clientName}Error } from "./runtime/index.js";`,
    `export type { Readable, Writable } from "./runtime/schema-markers.js";`,
  ];
  return { path: "src/index.ts", content: printSourceFile(generatedHeader(api.sourceName), statements) };
}
