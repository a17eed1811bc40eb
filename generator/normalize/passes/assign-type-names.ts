/** Exported names for each operation's argument and result types, unique across the whole package. */
import { claimUniqueName, toTypeName } from "../../naming/identifiers.js";
import { RUNTIME_EXPORT_NAMES } from "../../naming/reserved-exports.js";
import type { Api } from "../ir.js";
import type { Pass } from "./pass.js";

export const assignTypeNames: Pass = {
  name: "assign-type-names",
  run(api: Api): Api {
    const taken = new Set<string>([
      ...RUNTIME_EXPORT_NAMES,
      api.clientName,
      `${api.clientName}Options`,
      `${api.clientName}Error`,
    ]);
    for (const schema of api.schemas) {
      taken.add(schema.typeName);
      if (schema.inputTypeName) taken.add(schema.inputTypeName);
    }
    for (const resource of api.resources) taken.add(resource.className);
    for (const resource of api.resources) {
      for (const op of resource.operations) {
        const base = `${toTypeName(resource.propertyName, "Root")}${toTypeName(op.methodName, "Call")}`;
        op.argsTypeName = claimUniqueName(`${base}Params`, taken);
        op.resultTypeName = claimUniqueName(`${base}Response`, taken);
        op.errorTypeName = claimUniqueName(`${base}ErrorBody`, taken);
        if (op.pagination) op.itemTypeName = claimUniqueName(`${base}Item`, taken);
        op.specConstName = `${op.methodName}${op.rpc ? "Function" : "Operation"}`;
      }
    }
    return api;
  },
};
