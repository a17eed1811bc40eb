/**
 * What the JSON Schema of `x-specforge-rpc` cannot say: the endpoint is a POST, function names have a module, argument
 * keys and wire names are unique, required positional arguments come first, and every schema is a valid JSON Schema.
 */
import { parsePointer } from "../../load/pointer.js";
import { collectRpcEndpoints, type RpcArgumentSource, type RpcFunctionSource } from "../../normalize/rpc-extension.js";
import type { ReportFinding, SemanticRule } from "../rule.js";
import { isRecord } from "../spec-nodes.js";
import { checkAgainstMetaSchema } from "./meta-schema-check.js";

const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** Reports RPC endpoints and functions the generator could not turn into a correct client. */
export const invalidRpcRule: SemanticRule = {
  code: "invalid-rpc",
  check(document, report) {
    for (const endpoint of collectRpcEndpoints(document)) {
      if (endpoint.method !== "post")
        report({
          at: endpoint.at,
          message: `x-specforge-rpc belongs on a POST operation, not ${endpoint.method.toUpperCase()}`,
        });
      for (const fn of endpoint.functions) checkFunction(fn, endpoint.field, report);
    }
  },
};

function checkFunction(fn: RpcFunctionSource, field: string, report: ReportFinding): void {
  if (!FUNCTION_NAME.test(fn.name)) {
    report({
      at: fn.at,
      message: `RPC function ${JSON.stringify(fn.name)}: names are \`module.function\` (identifiers joined by dots)`,
    });
  }
  checkPositionalOrder(fn, report);
  const keys = new Map<string, RpcArgumentSource>();
  const wire = new Map<string, RpcArgumentSource>();
  for (const arg of fn.arguments) {
    const sameKey = keys.get(arg.key);
    if (sameKey)
      report({
        at: [...fn.at, ...arg.at],
        message: `argument key ${JSON.stringify(arg.key)} is already used by ${describe(sameKey)}; set \`key\` to tell them apart`,
      });
    keys.set(arg.key, arg);
    if (arg.kind === "positional") continue;
    const sameName = wire.get(arg.name);
    if (sameName)
      report({
        at: [...fn.at, ...arg.at],
        message: `${describe(arg)} has the same wire name as ${describe(sameName)}`,
      });
    if (arg.kind === "file" && arg.name === field)
      report({
        at: [...fn.at, ...arg.at],
        message: `file part ${JSON.stringify(arg.name)} would replace the form field ${JSON.stringify(field)}`,
      });
    wire.set(arg.name, arg);
  }
  for (const arg of fn.arguments)
    if (arg.schema !== undefined) checkSchema(arg.schema, [...fn.at, ...arg.at, "schema"], report);
  const result = isRecord(fn.raw["result"]) ? fn.raw["result"] : {};
  if (result["schema"] !== undefined) checkSchema(result["schema"], [...fn.at, "result", "schema"], report);
}

function checkPositionalOrder(fn: RpcFunctionSource, report: ReportFinding): void {
  const positional = fn.arguments.filter((a) => a.kind === "positional");
  const optional = positional.findIndex((a) => !a.required);
  positional.slice(optional + 1).forEach((arg) => {
    if (optional >= 0 && arg.required) {
      report({
        at: [...fn.at, ...arg.at],
        message: `required positional argument ${JSON.stringify(arg.name)} follows the optional ${JSON.stringify(positional[optional]!.name)}; required ones come first`,
      });
    }
  });
}

function describe(arg: RpcArgumentSource): string {
  return `${arg.kind} argument ${JSON.stringify(arg.name)}`;
}

/** The schema against the JSON Schema 2020-12 meta-schema (OpenAPI's own keywords are allowed as unknown keywords). */
function checkSchema(schema: unknown, at: string[], report: ReportFinding): void {
  if (!isRecord(schema) && typeof schema !== "boolean") return;
  const checked = checkAgainstMetaSchema(schema as object | boolean);
  if (checked.valid) return;
  const error = checked.errors[0];
  if (!error) return;
  const where = parsePointer(error.instancePath) ?? [];
  report({
    at: [...at, ...where],
    message: `not a valid schema: ${error.instancePath ? `${error.instancePath.slice(1)} ` : ""}${error.message ?? "is invalid"}`,
  });
}
