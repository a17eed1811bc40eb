/** One resource class per file: a module-level OperationSpec per operation, its types, and thin methods. */
import { Scope, StructureKind, VariableDeclarationKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type StatementStructures } from "ts-morph";
import { jsDocLines, jsDocText, toCodeLiteral } from "../naming/literals.js";
import type { Api, Operation, Resource } from "../normalize/ir.js";
import type { GeneratedFile } from "./generated-file.js";
import { generatedHeader } from "./header.js";
import { argumentsOptional, argumentsTypeText, hasArguments, resultTypeText } from "./operation-types.js";
import { errorBodyTypeText } from "./error-body-type.js";
import { itemTypeText } from "./page-item-type.js";
import { operationSpecData } from "./operation-spec.js";
import { printSourceFile } from "./print.js";

/** `src/resources/<file>.ts` for a resource. */
export function emitResourceFile(api: Api, resource: Resource): GeneratedFile {
  const statements: (string | StatementStructures)[] = [
    `import type { ${runtimeImports(resource).join(", ")} } from "../runtime/index.js";`,
    `import type { Readable, Writable } from "../runtime/schema-markers.js";`,
    `import type { paths } from "../types.js";`,
  ];
  for (const op of resource.operations) statements.push(...operationStatements(op));
  statements.push(resourceClass(resource));
  return { path: `src/resources/${resource.fileName}.ts`, content: printSourceFile(generatedHeader(api.sourceName), statements) };
}

function runtimeImports(resource: Resource): string[] {
  const paged = resource.operations.some((op) => op.itemTypeName !== undefined);
  const plain = resource.operations.some((op) => op.itemTypeName === undefined);
  return ["ApiClient", ...(plain ? ["ApiPromise"] : []), "OperationSpec", ...(paged ? ["PagePromise", "PaginateOptions"] : []), ...(plain ? ["RequestOptions"] : [])];
}

function operationStatements(op: Operation): StatementStructures[] {
  const statements: StatementStructures[] = [];
  if (hasArguments(op)) {
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: op.argsTypeName,
      type: argumentsTypeText(op),
      docs: [jsDocText(`Arguments of ${op.method.toUpperCase()} ${op.path}`)],
    });
  }
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: op.resultTypeName,
    type: resultTypeText(op),
  });
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: op.errorTypeName,
    type: errorBodyTypeText(op),
    docs: ["Body of an error response: `error.body` of `asResult()`, or of a caught `ApiStatusError`."],
  });
  if (op.itemTypeName) {
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: op.itemTypeName, type: itemTypeText(op), docs: ["One item of a page."] });
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: op.specConstName, type: "OperationSpec", initializer: toCodeLiteral(operationSpecData(op)) }],
  });
  return statements;
}

function resourceClass(resource: Resource): ClassDeclarationStructure {
  const docs = jsDocLines({ description: resource.description });
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: resource.className,
    docs: docs ? [docs] : [],
    properties: [{ name: "#client", type: "ApiClient", isReadonly: true }],
    ctors: [{ parameters: [{ name: "client", type: "ApiClient" }], statements: ["this.#client = client;"], scope: Scope.Public }],
    methods: resource.operations.map(operationMethod),
  };
}

function operationMethod(op: Operation): MethodDeclarationStructure {
  const docs = jsDocLines({
    summary: op.summary,
    description: op.description,
    deprecated: op.deprecated,
    tags: [jsDocText(`@see ${op.method.toUpperCase()} ${op.path}`)],
  });
  const withArgs = hasArguments(op);
  const argsText = `${op.specConstName}, ${withArgs ? "args" : "undefined"}, options`;
  const paged = op.itemTypeName !== undefined;
  const call = paged
    ? `this.#client.paginate<${op.resultTypeName}, ${op.itemTypeName}>(${argsText})`
    : `this.#client.request<${op.resultTypeName}, ${op.errorTypeName}>(${argsText})`;
  return {
    kind: StructureKind.Method,
    name: op.methodName,
    docs: docs ? [docs] : [],
    parameters: [
      ...(withArgs ? [{ name: "args", type: op.argsTypeName, hasQuestionToken: argumentsOptional(op) }] : []),
      { name: "options", type: paged ? "PaginateOptions" : "RequestOptions", hasQuestionToken: true },
    ],
    returnType: paged ? `PagePromise<${op.resultTypeName}, ${op.itemTypeName}>` : `ApiPromise<${op.resultTypeName}, ${op.errorTypeName}>`,
    statements: [`return ${call};`],
  };
}
