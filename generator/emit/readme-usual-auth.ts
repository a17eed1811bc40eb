/** The security requirement README examples assume: the one most operations list first (the quick start configures it). */
import type { Api, Operation } from "../normalize/ir.js";

const usualByApi = new WeakMap<Api, string[]>();

/** Scheme names of the requirement most operations list first; the first scheme when no operation names one. */
export function usualRequirement(api: Api): string[] {
  let usual = usualByApi.get(api);
  if (!usual) {
    usual = computeUsualRequirement(api);
    usualByApi.set(api, usual);
  }
  return usual;
}

function computeUsualRequirement(api: Api): string[] {
  const counts = new Map<string, number>();
  for (const op of api.operations) {
    const first = op.security?.find((alternative) => alternative.length > 0);
    if (first) counts.set(JSON.stringify(first), (counts.get(JSON.stringify(first)) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? (JSON.parse(best[0]) as string[]) : api.securitySchemes.slice(0, 1).map((s) => s.name);
}

/** True when a client configured with the usual requirement can make the call (or it needs no credentials). */
export function callableWithUsualAuth(api: Api, op: Operation): boolean {
  if (op.security === undefined || op.security.length === 0) return true;
  const usual = new Set(usualRequirement(api));
  return op.security.some((alternative) => alternative.every((name) => usual.has(name)));
}
