/** WADL (2009/02 or 2006/10) + XSD → an OpenAPI 3.1 document; every problem located, nothing returned on failure. */
import path from "node:path";
import { sortDiagnostics, type Diagnostic } from "../../diagnostics.js";
import type { JsonObject } from "../../json-value.js";
import { readLocalFile } from "../read-file.js";
import type { SourceFile } from "../source-file.js";
import { XsdConverter } from "../xsd/xsd-convert.js";
import { XsdRegistry } from "../xsd/xsd-registry.js";
import { docOf, indexIds, wadlChildren, WADL_2006, WADL_2009, type WadlContext } from "./wadl-context.js";
import { loadGrammars } from "./wadl-grammars.js";
import type { WadlOperation } from "./wadl-methods.js";
import { assignOperationIds } from "./wadl-operation-ids.js";
import { walkResources } from "./wadl-resources.js";
import { XmlProblems } from "./xml-problems.js";
import { parseXmlFile, type XmlElement } from "./xml-tree.js";

export type WadlResult =
  | { ok: true; document: JsonObject; files: SourceFile[] }
  | { ok: false; diagnostics: Diagnostic[]; files: SourceFile[] };

/** Converts the WADL at `wadlPath`; grammar files are read only from `rootDir` (the spec folder). */
export async function convertWadl(wadlPath: string, rootDir: string): Promise<WadlResult> {
  const problems = new XmlProblems();
  const read = await readLocalFile(path.resolve(wadlPath), rootDir);
  if (!read.ok)
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: "spec-not-readable",
          message: read.reason,
          location: { file: wadlPath, line: 1, column: 1, pointer: "" },
        },
      ],
      files: [],
    };
  const files = [read.file];
  const parsed = parseXmlFile(read.file);
  if (!parsed.ok) {
    problems.errorAt(read.file, parsed.offset, parsed.code, parsed.message);
    return { ok: false, diagnostics: problems.list, files };
  }
  const root = parsed.root;
  if (root.local !== "application" || (root.namespace !== WADL_2009 && root.namespace !== WADL_2006)) {
    problems.error(
      root,
      "wadl-not-application",
      `the root element must be <application> in the WADL namespace ${WADL_2009} (or ${WADL_2006}), got <${root.name}>${root.namespace ? ` in ${root.namespace}` : ""}`,
    );
    return { ok: false, diagnostics: problems.list, files };
  }
  const registry = new XsdRegistry(problems);
  const grammars = root.children.filter((c) => c.namespace === root.namespace && c.local === "grammars");
  await loadGrammars({ problems, registry, rootDir, wadlNamespace: root.namespace, files }, grammars);
  const xsd = new XsdConverter(registry, problems);
  const ctx: WadlContext = {
    namespace: root.namespace,
    problems,
    xsd,
    ids: new Map(),
    fileName: path.basename(read.file.absolutePath),
  };
  indexIds(ctx, root);
  const document = buildDocument(ctx, root, read.file);
  if (problems.failed) return { ok: false, diagnostics: sortDiagnostics(problems.list), files };
  return { ok: true, document, files };
}

function buildDocument(ctx: WadlContext, root: XmlElement, file: SourceFile): JsonObject {
  const resourcesList = wadlChildren(ctx, root, "resources");
  const operations: WadlOperation[] = resourcesList.flatMap((r) => walkResources(ctx, r));
  const schemas = ctx.xsd.convertAll();
  const docs = docOf(ctx, root);
  const info: JsonObject = {
    title: docs.summary ?? path.basename(file.absolutePath, path.extname(file.absolutePath)),
    version: "1.0.0",
  };
  if (docs.description) info["description"] = docs.description;
  const document: JsonObject = { openapi: "3.1.0", info };
  const servers = serversOf(ctx, resourcesList);
  if (servers.length > 0) document["servers"] = servers;
  document["paths"] = pathsOf(ctx, operations);
  if (Object.keys(schemas).length > 0) document["components"] = { schemas };
  return document;
}

function serversOf(ctx: WadlContext, resourcesList: XmlElement[]): JsonObject[] {
  const urls: string[] = [];
  for (const resources of resourcesList) {
    const base = resources.attributes["base"];
    if (base === undefined) continue;
    if (!/^https?:\/\/[^\s]+$/i.test(base.trim())) {
      ctx.problems.error(
        resources,
        "wadl-invalid-base",
        `resources base ${JSON.stringify(base)} must be an absolute http(s) URL`,
        "base",
      );
      continue;
    }
    const url = base.trim().replace(/\/+$/, "");
    if (!urls.includes(url)) urls.push(url);
  }
  return urls.map((url) => ({ url }));
}

function pathsOf(ctx: WadlContext, operations: WadlOperation[]): JsonObject {
  const ids = assignOperationIds(operations);
  const paths: Record<string, Record<string, JsonObject>> = Object.create(null) as Record<
    string,
    Record<string, JsonObject>
  >;
  operations.forEach((op, i) => {
    const item = (paths[op.path] ??= Object.create(null) as Record<string, JsonObject>);
    if (item[op.verb]) {
      ctx.problems.error(
        op.element,
        "wadl-duplicate-operation",
        `${op.verb.toUpperCase()} ${op.path} is described twice`,
        "name",
      );
      return;
    }
    item[op.verb] = { operationId: ids[i]!, ...op.operation };
  });
  return paths;
}
