/** What names the generated method (operationId, `x-specforge-method`/`-resource`) and whether the operation is deprecated. */
import type { OperationNode, OperationRule } from "./operation-pair.js";
import { operationIdOf } from "./operation-pair.js";

function extension(node: OperationNode, key: string): string | undefined {
  const value = node.op.value[key];
  return typeof value === "string" ? value : undefined;
}

/** Reports operationId and generated-name changes, and deprecations. */
export const operationIdentityRule: OperationRule = (ctx, { subject, base, head }) => {
  const at = { base: base.op.at, head: head.op.at };
  const idBefore = operationIdOf(base);
  const idAfter = operationIdOf(head);
  const methodPinned =
    extension(base, "x-specforge-method") !== undefined &&
    extension(base, "x-specforge-method") === extension(head, "x-specforge-method");
  if (idBefore !== idAfter) {
    ctx.report(
      methodPinned
        ? {
            rule: "operation-id-changed",
            class: "non-breaking",
            subject,
            message: `operationId ${idBefore ?? "(none)"} → ${idAfter ?? "(none)"}; the method name stays pinned by x-specforge-method`,
            ...at,
          }
        : {
            rule: "operation-id-changed",
            class: "breaking",
            subject,
            message: `operationId ${idBefore ?? "(none)"} → ${idAfter ?? "(none)"} renames the generated method`,
            ...at,
          },
    );
  }
  for (const key of ["x-specforge-method", "x-specforge-resource"]) {
    const before = extension(base, key);
    const after = extension(head, key);
    if (before === after) continue;
    ctx.report({
      rule: "generated-name-changed",
      class: "breaking",
      subject,
      message: `${key} ${before ?? "(none)"} → ${after ?? "(none)"} moves or renames the generated method`,
      ...at,
    });
  }
  const was = base.op.value["deprecated"] === true;
  const is = head.op.value["deprecated"] === true;
  if (was !== is) {
    ctx.report(
      is
        ? { rule: "operation-deprecated", class: "non-breaking", subject, message: `${subject} is deprecated`, ...at }
        : {
            rule: "operation-undeprecated",
            class: "non-breaking",
            subject,
            message: `${subject} is no longer deprecated`,
            ...at,
          },
    );
  }
};
