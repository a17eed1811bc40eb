/** Builds minimal IR values for pass tests. */
import type { Api, Operation } from "../../generator/normalize/ir.js";

/** An operation with only what a test sets. */
export function makeOperation(partial: Partial<Operation> & Pick<Operation, "method" | "path">): Operation {
  return {
    pointer: `/paths/${partial.path.replace(/~/g, "~0").replace(/\//g, "~1")}/${partial.method}`,
    deprecated: false,
    tags: [],
    params: [],
    responses: [],
    resourceName: "",
    methodName: "",
    argsTypeName: "",
    resultTypeName: "",
    errorTypeName: "",
    specConstName: "",
    ...partial,
  };
}

/** An API holding the given operations. */
export function makeApi(operations: Operation[], partial: Partial<Api> = {}): Api {
  return {
    id: "test",
    packageName: "@specforge/test",
    packageVersion: "0.1.0",
    clientName: "Test",
    title: "Test",
    apiVersion: "1",
    sourceName: "test.yaml",
    environments: [],
    resources: [],
    operations,
    schemas: [],
    securitySchemes: [],
    clientDefaults: [],
    tagDescriptions: new Map(),
    usesXml: false,
    xmlShapes: [],
    warnings: [],
    ...partial,
  };
}
