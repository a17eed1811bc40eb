/** One resource class per file: a module-level OperationSpec per operation, its types, and thin methods. */
import { Scope, StructureKind, VariableDeclarationKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type StatementStructures } from "ts-morph";
import { jsDocLines, jsDocText, toCodeLiteral } from "../naming/literals.js";
import type { Api, Operation, Resource } from "../normalize/ir.js";
import type { GeneratedFile } from "./generated-file.js";
import { generatedHeader } from "./header.js";
import { argumentsOptional, argumentsTypeText, hasArguments, resultTypeText } from "./operation-types.js";
import { operationSpecData } from "./operation-spec.js";
import { printSourceFile } from "./print.js";

/** `src/resources/<file>.ts` for a resource. */
export function emitResourceFile(api: Api, resource: Resource): GeneratedFile {
  const statements: (string | StatementStructures)[] = [
    `import type { ApiClient, ApiPromise, OperationSpec, RequestOptions } from "../runtime/index.js";`,
    `import type { Readable, Writable } from "../runtime/schema-markers.js";`,
    `import type { paths } from "../types.js";`,
  ];
  for (const op of resource.operations) statements.push(...operationStatements(op));
  statements.push(resourceClass(resource));
  return { path: `src/resources/${resource.fileName}.ts`, content: printSourceFile(generatedHeader(api.sourceName), statements) };
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
  const call = `this.#client.request<${op.resultTypeName}>(${op.specConstName}, ${withArgs ? "args" : "undefined"}, options)`;
  return {
    kind: StructureKind.Method,
    name: op.methodName,
    docs: docs ? [docs] : [],
    parameters: [
      ...(withArgs ? [{ name: "args", type: op.argsTypeName, hasQuestionToken: argumentsOptional(op) }] : []),
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    returnType: `ApiPromise<${op.resultTypeName}>`,
    statements: [`return ${call};`],
  };
}
