/** The item type of a paginated operation: the element type of the page's items array. */
import { quoteString } from "../naming/literals.js";
import type { Operation } from "../normalize/ir.js";

/** `NonNullable<NonNullable<Result>["results"]>[number]`, or `NonNullable<Result>[number]` when the page is the array. */
export function itemTypeText(op: Operation): string {
  const path = op.pagination?.items ?? [];
  let text = op.resultTypeName;
  for (const key of path) text = `NonNullable<${text}>[${quoteString(key)}]`;
  return `NonNullable<${text}>[number]`;
}
