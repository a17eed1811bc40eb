/**
 * A small consumer per tool for the type-check bench: it calls two operations of the large synthetic spec (a
 * list and a get-by-id) the way each tool's documentation shows. Operation names come from the spec
 * (operationId, which hey-api and orval keep as function names) and, for specforge, from the operations
 * table of the README it generates.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ToolId } from "./peers.js";

/** The two operations every consumer calls. */
export interface ConsumerOps {
  list: { path: string; operationId: string };
  item: { path: string; operationId: string; param: string; literal: string };
}

type Doc = { paths?: Record<string, PathItem>; components?: { parameters?: Record<string, Parameter> } };
type PathItem = { parameters?: Parameter[]; get?: { operationId?: string; parameters?: Parameter[] } };
type Parameter = { $ref?: string; name?: string; in?: string; schema?: { type?: string } };

/** The first collection path with a GET whose `/{param}` item path also has a GET (both with operationIds). */
export function pickOperations(doc: Doc): ConsumerOps {
  const paths = doc.paths ?? {};
  for (const [listPath, listItem] of Object.entries(paths)) {
    if (listPath.includes("{") || !listItem.get?.operationId) continue;
    const itemEntry = Object.entries(paths).find(
      ([p, item]) => /^\/\{[^}/]+\}$/.test(p.slice(listPath.length)) && p.startsWith(listPath) && item.get?.operationId,
    );
    if (!itemEntry) continue;
    const [itemPath, item] = itemEntry;
    const param = /\{([^}]+)\}$/.exec(itemPath)![1]!;
    const declared = [...(item.parameters ?? []), ...(item.get!.parameters ?? [])]
      .map((p) => resolve(doc, p))
      .find((p) => p.in === "path" && p.name === param);
    const literal =
      declared?.schema?.type === "integer" || declared?.schema?.type === "number" ? "1" : JSON.stringify("1");
    return {
      list: { path: listPath, operationId: listItem.get.operationId },
      item: { path: itemPath, operationId: item.get!.operationId!, param, literal },
    };
  }
  throw new Error("the spec has no list + get-by-id pair of operations for the consumer");
}

/** The consumer's source for `tool`, importing the tool's output from `./out`. */
export async function consumerSource(tool: ToolId, ops: ConsumerOps, outDir: string): Promise<string> {
  const { list, item } = ops;
  const base = `const baseUrl = "http://127.0.0.1:8080";\n`;
  switch (tool) {
    case "specforge": {
      const { className, listCall, itemCall } = await specforgeCalls(outDir, ops);
      return (
        `import { ${className} } from "./out/src/index.js";\n${base}const client = new ${className}({ baseUrl });\n\n` +
        `/** Calls two operations. */\nexport async function listThenGet() {\n  const page = await ${listCall}();\n  const one = await ${itemCall}({ ${item.param}: ${item.literal} });\n  return { page, one };\n}\n`
      );
    }
    case "openapi-typescript":
      return (
        `import createClient from "openapi-fetch";\nimport type { paths } from "./out/types.js";\n${base}const client = createClient<paths>({ baseUrl });\n\n` +
        `/** Calls two operations. */\nexport async function listThenGet() {\n  const page = await client.GET(${JSON.stringify(list.path)});\n` +
        `  const one = await client.GET(${JSON.stringify(item.path)}, { params: { path: { ${item.param}: ${item.literal} } } });\n  return { page: page.data, one: one.data };\n}\n`
      );
    case "hey-api":
      return (
        `import { client } from "./out/client.gen.js";\nimport { ${list.operationId}, ${item.operationId} } from "./out/index.js";\n${base}client.setConfig({ baseUrl });\n\n` +
        `/** Calls two operations. */\nexport async function listThenGet() {\n  const page = await ${list.operationId}();\n  const one = await ${item.operationId}({ path: { ${item.param}: ${item.literal} } });\n  return { page: page.data, one: one.data };\n}\n`
      );
    case "orval":
      return (
        `import { ${list.operationId}, ${item.operationId} } from "./out/api.js";\n\n` +
        `/** Calls two operations. */\nexport async function listThenGet() {\n  const page = await ${list.operationId}();\n  const one = await ${item.operationId}(${item.literal});\n  return { page: page.data, one: one.data };\n}\n`
      );
  }
}

/** The tsconfig every consumer is checked with: strict, bundler resolution, the tool's output as sources. */
export const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
  files: ["consumer.ts"],
};

async function specforgeCalls(
  outDir: string,
  ops: ConsumerOps,
): Promise<{ className: string; listCall: string; itemCall: string }> {
  const readme = await readFile(path.join(outDir, "README.md"), "utf8");
  const className = /import \{ (\w+) \} from "/.exec(readme)?.[1];
  const call = (p: string) =>
    new RegExp(`^\\|\\s*\`(client(?:\\.\\w+)+)\\([^|]*\\|\\s*GET\\s*\\|\\s*\`${escapeRegExp(p)}\``, "m").exec(
      readme,
    )?.[1];
  const listCall = call(ops.list.path);
  const itemCall = call(ops.item.path);
  if (!className || !listCall || !itemCall)
    throw new Error(
      `specforge's README does not list GET ${ops.list.path} and GET ${ops.item.path} in its operations table`,
    );
  return { className, listCall, itemCall };
}

function resolve(doc: Doc, p: Parameter): Parameter {
  const name = p.$ref?.replace("#/components/parameters/", "");
  return name ? (doc.components?.parameters?.[name] ?? p) : p;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
