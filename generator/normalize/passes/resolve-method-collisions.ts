/**
 * Two operations of one resource must not share a method name. The first keeps it; later ones fall back to
 * their full operationId name, then to a numeric suffix, with a warning at the operation.
 */
import { claimUniqueName } from "../../naming/identifiers.js";
import type { Api } from "../ir.js";
import { pointerWarning } from "../warnings.js";
import { resourceKey } from "./group-resources.js";
import { fullMethodName } from "./assign-method-names.js";
import type { Pass } from "./pass.js";

export const resolveMethodCollisions: Pass = {
  name: "resolve-method-collisions",
  run(api: Api): Api {
    const takenByResource = new Map<string, Set<string>>();
    for (const op of api.operations) {
      const key = resourceKey(op.resourceName);
      const taken = takenByResource.get(key) ?? new Set<string>();
      takenByResource.set(key, taken);
      if (!taken.has(op.methodName)) {
        taken.add(op.methodName);
        continue;
      }
      const wanted = op.methodName;
      const full = fullMethodName(op);
      op.methodName = claimUniqueName(full, taken);
      api.warnings.push(
        pointerWarning(
          op.pointer,
          "method-name-collision",
          `method name "${wanted}" is taken in resource "${key}"; this operation is generated as "${op.methodName}" — set x-specforge-method to choose a name`,
        ),
      );
    }
    return api;
  },
};
