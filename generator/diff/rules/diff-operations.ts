/** Operations: matched by method and path (then by operationId for moves); each matched pair runs the operation rules. */
import type { DiffContext } from "../diff-context.js";
import { collectOperationNodes, operationIdOf, type OperationNode, type OperationRule } from "./operation-pair.js";
import { operationIdentityRule } from "./operation-identity.js";
import { parametersRule } from "./parameters.js";
import { requestBodyRule } from "./request-body.js";
import { responsesRule } from "./responses.js";
import { operationSecurityRule } from "./security.js";

/** The rules run on every matched operation pair. */
export const OPERATION_RULES: Readonly<Record<string, OperationRule>> = {
  identity: operationIdentityRule,
  parameters: parametersRule,
  requestBody: requestBodyRule,
  responses: responsesRule,
  security: operationSecurityRule,
};

/** Reports added, removed and moved operations and diffs every matched pair. */
export function diffOperations(ctx: DiffContext): void {
  const before = collectOperationNodes(ctx.base);
  const after = collectOperationNodes(ctx.head);
  const removed: OperationNode[] = [];
  for (const [key, base] of before) {
    const head = after.get(key);
    if (head) runRules(ctx, base, head);
    else removed.push(base);
  }
  const added = [...after].filter(([key]) => !before.has(key)).map(([, node]) => node);
  for (const base of removed) {
    const id = operationIdOf(base);
    const index = id === undefined ? -1 : added.findIndex((h) => operationIdOf(h) === id);
    if (index < 0) {
      ctx.report({
        rule: "operation-removed",
        class: "breaking",
        subject: base.name,
        message: `${base.name} removed`,
        base: base.op.at,
        head: ["paths"],
      });
      continue;
    }
    const head = added.splice(index, 1)[0]!;
    ctx.report({
      rule: "operation-moved",
      class: "breaking",
      subject: head.name,
      message: `${base.name} moved to ${head.name} (operationId ${id})`,
      base: base.op.at,
      head: head.op.at,
    });
    runRules(ctx, base, head);
  }
  for (const head of added) {
    ctx.report({
      rule: "operation-added",
      class: "non-breaking",
      additive: true,
      subject: head.name,
      message: `${head.name} added`,
      base: ["paths"],
      head: head.op.at,
    });
  }
}

function runRules(ctx: DiffContext, base: OperationNode, head: OperationNode): void {
  for (const rule of Object.values(OPERATION_RULES)) rule(ctx, { subject: head.name, base, head });
}
