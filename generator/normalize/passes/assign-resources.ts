/** Resource of each operation: `x-specforge-resource`, else the first tag, else the first static path segment. */
import type { Api } from "../ir.js";
import type { Pass } from "./pass.js";

export const assignResources: Pass = {
  name: "assign-resources",
  run(api: Api): Api {
    for (const op of api.operations) {
      op.resourceName = op.resourceOverride ?? op.tags[0] ?? firstStaticSegment(op.path) ?? "root";
    }
    return api;
  },
};

/** `/v1/items/{id}` → `v1`; path parameters are skipped. */
export function firstStaticSegment(path: string): string | undefined {
  return path.split("/").find((segment) => segment !== "" && !segment.includes("{"));
}
