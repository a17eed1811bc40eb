/** One resource class per file: a module-level OperationSpec per operation, its types, and thin methods. */
import {
  Scope,
  StructureKind,
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { claimUniqueName, toTypeName } from "../naming/identifiers.js";
import { jsDocLines, jsDocText } from "../naming/literals.js";
import type { Api, Operation, Resource } from "../normalize/ir.js";
import { layoutLiteral, layoutNamedList } from "./code-layout.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { generatedHeader } from "./header.js";
import { argumentsOptional, argumentsTypeText, hasArguments, resultTypeText } from "./operation-types.js";
import { errorBodyTypeText } from "./error-body-type.js";
import { itemTypeText } from "./page-item-type.js";
import { linkTargetOperations } from "./emit-links-file.js";
import { operationSpecData } from "./operation-spec.js";
import { xmlShapeNames, xmlShapesImport } from "./emit-xml-shapes-file.js";
import { hasFileArguments, rpcArgumentsTypeText, rpcFunctionSpecData, rpcResultTypeText } from "./rpc-function.js";
import { constStatement, printSourceFile, typeAliasStatement } from "./print.js";
import { operationTypeRoot } from "./type-paths.js";

/** `src/resources/<file>.ts` for a resource. */
export function emitResourceFile(api: Api, resource: Resource): GeneratedFile {
  const linked = new Map(
    linkTargetOperations(api)
      .filter((t) => resource.operations.includes(t.op))
      .map((t) => [t.op, t.constName]),
  );
  const statements: (string | StatementStructures)[] = [
    layoutNamedList("import type", runtimeImports(resource, linked), `"../runtime/index.js"`),
    ...callImports(resource),
    `import type { Readable, Writable } from "../runtime/schema-markers.js";`,
    layoutNamedList("import type", typesImports(resource), `"../types.js"`),
    ...(linked.size > 0
      ? [
          layoutNamedList(
            "import",
            [...linked].map(([op, name]) => `${name} as ${op.specConstName}`),
            `"../links.js"`,
          ),
        ]
      : []),
  ];
  const aliases = new Set<string>();
  const xmlNames = xmlShapeNames(api);
  const specs = resource.operations.map((op) =>
    op.rpc ? rpcFunctionSpecData(op, op.rpc) : operationSpecData(op, xmlNames),
  );
  statements.push(
    ...xmlShapesImport(
      resource.operations.map((op, i) => (linked.has(op) ? undefined : specs[i])),
      "../xml-shapes.js",
    ),
  );
  resource.operations.forEach((op, i) => {
    statements.push(
      ...operationStatements(op, {
        alias: claimUniqueName(`${toTypeName(op.methodName, "Call")}Op`, aliases),
        data: specs[i]!,
        inLinks: linked.has(op),
      }),
    );
  });
  statements.push(resourceClass(resource));
  return {
    path: `src/resources/${resource.fileName}.ts`,
    content: printSourceFile(generatedHeader(api.sourceName), statements),
  };
}

/** The runtime functions paginated and RPC methods call (plain calls go through `ApiClientCore.request`). */
function callImports(resource: Resource): string[] {
  return [
    ...(resource.operations.some((op) => op.itemTypeName !== undefined)
      ? [`import { paginate } from "../runtime/client-paginate.js";`]
      : []),
    ...(resource.operations.some((op) => op.rpc !== undefined)
      ? [`import { callRpc } from "../runtime/client-rpc.js";`]
      : []),
  ];
}

function runtimeImports(resource: Resource, linked: ReadonlyMap<Operation, string>): string[] {
  const paged = resource.operations.some((op) => op.itemTypeName !== undefined);
  const plain = resource.operations.some((op) => op.itemTypeName === undefined);
  const rest = resource.operations.some((op) => op.rpc === undefined && !linked.has(op));
  const rpc = resource.operations.some((op) => op.rpc !== undefined);
  return [
    "ApiClientCore",
    ...(plain ? ["ApiPromise"] : []),
    ...(rest ? ["OperationSpec"] : []),
    ...(paged ? ["PagePromise", "PaginateOptions"] : []),
    ...(plain ? ["RequestOptions"] : []),
    ...(rpc ? ["RpcFunctionSpec"] : []),
    ...(resource.operations.some((op) => hasFileArguments(op.rpc)) ? ["WithRpcFiles"] : []),
  ];
}

function typesImports(resource: Resource): string[] {
  return [...(resource.operations.some((op) => op.rpc !== undefined) ? ["components"] : []), "paths"];
}

/** Types and spec constant of one operation; a link target's spec (`inLinks`) lives in links.ts and is imported. */
function operationStatements(
  op: Operation,
  at: { alias: string; data: Record<string, unknown>; inLinks: boolean },
): string[] {
  const { alias, data, inLinks } = at;
  const statements = [typeAliasStatement({ name: alias, type: operationTypeRoot(op.path, op.method) })];
  if (hasArguments(op)) {
    const docs = jsDocText(`Arguments of ${op.method.toUpperCase()} ${op.path}`);
    const type = op.rpc ? rpcArgumentsTypeText(op.rpc) : argumentsTypeText(op, alias);
    statements.push(
      typeAliasStatement({
        name: op.argsTypeName,
        type,
        docs: op.rpc ? jsDocText(`Arguments of ${op.rpc.name}`) : docs,
        exported: true,
      }),
    );
  }
  const result = op.rpc ? rpcResultTypeText(op.rpc) : resultTypeText(op, alias);
  statements.push(typeAliasStatement({ name: op.resultTypeName, type: result, exported: true }));
  statements.push(
    typeAliasStatement({
      name: op.errorTypeName,
      type: errorBodyTypeText(op, alias),
      docs: "Body of an error response: `error.body` of `asResult()`, or of a caught `ApiStatusError`.",
      exported: true,
    }),
  );
  if (op.itemTypeName) {
    statements.push(
      typeAliasStatement({
        name: op.itemTypeName,
        type: itemTypeText(op),
        docs: "One item of a page.",
        exported: true,
      }),
    );
  }
  if (inLinks) return [statements.join("\n")];
  const specType = op.rpc ? "RpcFunctionSpec" : "OperationSpec";
  const prefix = `const ${op.specConstName}: ${specType} = `;
  statements.push(
    constStatement({ name: op.specConstName, type: specType, initializer: layoutLiteral(data, prefix.length) }),
  );
  return [statements.join("\n")];
}

function resourceClass(resource: Resource): ClassDeclarationStructure {
  const docs = jsDocLines({ description: resource.description });
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: resource.className,
    docs: docs ? [docs] : [],
    properties: [{ name: "#client", type: "ApiClientCore", isReadonly: true }],
    ctors: [
      {
        parameters: [{ name: "client", type: "ApiClientCore" }],
        statements: ["this.#client = client;"],
        scope: Scope.Public,
      },
    ],
    methods: resource.operations.map(operationMethod),
  };
}

function operationMethod(op: Operation): MethodDeclarationStructure {
  const docs = jsDocLines({
    summary: op.summary,
    description: op.description,
    deprecated: op.deprecated,
    tags: [
      jsDocText(
        op.rpc
          ? `@see RPC ${op.rpc.name} (${op.method.toUpperCase()} ${op.path})`
          : `@see ${op.method.toUpperCase()} ${op.path}`,
      ),
    ],
  });
  const withArgs = hasArguments(op);
  const argsText = `${op.specConstName}, ${withArgs ? "args" : "undefined"}, options`;
  const paged = op.itemTypeName !== undefined;
  // The type arguments come from the declared return type.
  const call = paged
    ? `paginate(this.#client, ${argsText})`
    : op.rpc
      ? `callRpc(this.#client, ${argsText})`
      : `this.#client.request(${argsText})`;
  return {
    kind: StructureKind.Method,
    name: op.methodName,
    docs: docs ? [docs] : [],
    parameters: [
      ...(withArgs ? [{ name: "args", type: op.argsTypeName, hasQuestionToken: argumentsOptional(op) }] : []),
      { name: "options", type: paged ? "PaginateOptions" : "RequestOptions", hasQuestionToken: true },
    ],
    returnType: paged
      ? `PagePromise<${op.resultTypeName}, ${op.itemTypeName}>`
      : `ApiPromise<${op.resultTypeName}, ${op.errorTypeName}>`,
    statements: [`return ${call};`],
  };
}
