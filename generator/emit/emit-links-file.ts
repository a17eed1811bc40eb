/**
 * `src/links.ts` (`x-specforge-link`): the GET operations a hypermedia link may lead to, as data for the runtime's
 * `follow`, and their result types keyed by operation name, so `follow(link)` resolves with a union narrowed on
 * `operation`.
 */
import { claimUniqueName, toVariableName } from "../naming/identifiers.js";
import { jsDocBlock, jsDocText, propertyName, quoteString } from "../naming/literals.js";
import { LINK_TYPE_NAMES } from "../normalize/build-links.js";
import type { Api, Operation } from "../normalize/ir.js";
import { layoutLiteral } from "./code-layout.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { generatedHeader } from "./header.js";
import { operationSpecData } from "./operation-spec.js";
import { xmlShapeNames, xmlShapesImport } from "./emit-xml-shapes-file.js";
import { constStatement, printSourceFile, typeAliasStatement } from "./print.js";

/** A GET operation a link may lead to; its `OperationSpec` lives in links.ts as `constName` and resource files import it. */
export interface LinkTargetOp {
  name: string;
  op: Operation;
  fileName: string;
  constName: string;
}

/** GET operations (not RPC functions), in resource order: what a link may lead to (none without link schemas). */
export function linkTargetOperations(api: Api): LinkTargetOp[] {
  if (api.links === undefined) return [];
  const taken = new Set(["linkTargets"]);
  return api.resources.flatMap((r) =>
    r.operations
      .filter((op) => op.method.toLowerCase() === "get" && op.rpc === undefined)
      .map((op) => ({
        name: `GET ${op.path}`,
        op,
        fileName: r.fileName,
        constName: claimUniqueName(toVariableName(`${r.propertyName} ${op.specConstName}`, "operation"), taken),
      })),
  );
}

/** `src/links.ts`, or nothing when the API declares no link schema. */
export function emitLinksFile(api: Api): GeneratedFile[] {
  if (api.links === undefined) return [];
  const targets = linkTargetOperations(api);
  const files = [...new Set(targets.map((t) => t.fileName))];
  const { results, operation, followed } = LINK_TYPE_NAMES;
  const xmlNames = xmlShapeNames(api);
  const specs = targets.map((t) => operationSpecData(t.op, xmlNames));
  const entries = targets.map((t) => `  ${propertyName(t.name)}: ${t.op.resultTypeName};`).join("\n");
  const statements = [
    `import type { LinkTarget, OperationSpec } from "./runtime/index.js";`,
    ...xmlShapesImport(specs, "./xml-shapes.js"),
    ...files.map(
      (f) =>
        `import type { ${targets
          .filter((t) => t.fileName === f)
          .map((t) => t.op.resultTypeName)
          .join(", ")} } from "./resources/${f}.js";`,
    ),
    `/** What each operation a link may lead to resolves with, by operation name (\`GET <path template>\`). */\nexport interface ${results} {\n${entries}\n}`,
    typeAliasStatement({
      name: operation,
      type: `keyof ${results}`,
      docs: "The name of an operation a link may lead to.",
      exported: true,
    }),
    typeAliasStatement({
      name: followed,
      type: `{ [K in ${operation}]: { readonly operation: K; readonly data: ${results}[K] } }[${operation}]`,
      docs: "What `follow(link)` resolves with: the operation the link led to and its data; narrow on `operation`.",
      exported: true,
    }),
    ...targets.map(
      (t, i) =>
        `${jsDocBlock(jsDocText(t.name))}\nexport ${constStatement({ name: t.constName, type: "OperationSpec", initializer: layoutLiteral(specs[i], t.constName.length + 30) })}`,
    ),
    `/** The GET operations a link may lead to, matched by path template. */\nexport const linkTargets: readonly LinkTarget[] = [\n${targets.map((t) => `  { name: ${quoteString(t.name)}, op: ${t.constName} },`).join("\n")}\n];`,
  ];
  return [{ path: "src/links.ts", content: printSourceFile(generatedHeader(api.sourceName), statements) }];
}
