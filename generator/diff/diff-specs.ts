/** The spec diff: two loaded documents in, every classified change out (never a text diff). */
import type { Change } from "./change.js";
import { sortChanges } from "./change.js";
import { createDiffContext, type DiffContext } from "./diff-context.js";
import { diffOperations } from "./rules/diff-operations.js";
import { diffRpcFunctions } from "./rules/rpc-functions.js";
import { diffSecuritySchemes } from "./rules/security.js";
import { diffServers } from "./rules/servers.js";
import type { SpecSide } from "./spec-side.js";

/** The document-level units, each a named rule over the whole pair of documents. */
export const DOCUMENT_RULES: Readonly<Record<string, (ctx: DiffContext) => void>> = {
  operations: diffOperations,
  rpcFunctions: diffRpcFunctions,
  securitySchemes: diffSecuritySchemes,
  servers: diffServers,
};

/** Compares base and head; the result is sorted (breaking first) and stable. */
export function diffSpecs(base: SpecSide, head: SpecSide): Change[] {
  const out: Change[] = [];
  const ctx = createDiffContext(base, head, out);
  for (const rule of Object.values(DOCUMENT_RULES)) rule(ctx);
  return sortChanges(out);
}
