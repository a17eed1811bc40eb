/**
 * Argument keys: parameters keep their wire names unless two locations share one (path wins over query,
 * header and cookie; the others become e.g. `queryId`; `__proto__` is never a key). A required, single plain-object body is spread into
 * the arguments when none of its properties collide; otherwise it is passed as `body` (optional bodies too,
 * so leaving the body out stays possible).
 */
import { claimUniqueName, toTypeName } from "../../naming/identifiers.js";
import type { Api, Operation, ParamLocation } from "../ir.js";
import type { Pass } from "./pass.js";

const PRIORITY: Record<ParamLocation, number> = { path: 0, query: 1, header: 2, cookie: 3 };
const SPREADABLE = new Set(["json", "form", "multipart", "xml"]);

export const assignArgumentKeys: Pass = {
  name: "assign-argument-keys",
  run(api: Api): Api {
    for (const op of api.operations) assignKeys(op);
    return api;
  },
};

/** Keys an object literal cannot hold as plain properties (`{ __proto__: x }` sets the prototype instead). */
const UNUSABLE_KEYS: readonly string[] = ["__proto__"];

function assignKeys(op: Operation): void {
  const taken = new Set<string>(UNUSABLE_KEYS);
  const ordered = [...op.params].sort((a, b) => PRIORITY[a.in] - PRIORITY[b.in]);
  for (const param of ordered) {
    const wanted = taken.has(param.name) ? `${param.in}${toTypeName(param.name, "Param")}` : param.name;
    param.key = claimUniqueName(wanted, taken);
  }
  op.params = ordered;
  const body = op.body;
  if (!body) return;
  const only = body.variants.length === 1 ? body.variants[0] : undefined;
  const props = only?.objectProperties;
  if (body.required && only && props && SPREADABLE.has(only.encoding) && props.every((p) => !taken.has(p))) {
    body.from = "spread";
    return;
  }
  body.from = { key: claimUniqueName("body", taken) };
  if (body.variants.length > 1) body.contentTypeKey = claimUniqueName("contentType", taken);
}
