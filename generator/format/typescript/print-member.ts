/** Member access as prettier prints it: `.name`, `[index]`, and a break before `.name` in long plain member paths. */
import { labelOf } from "../doc/doc-utils.js";
import { group, indent, label, lineSuffixBoundary, softline, type Doc } from "../doc/doc.js";
import type { MemberExpression, Node } from "./ts-ast.js";
import type { NodePrinter, TsPrinter } from "./ts-printer.js";

/** The lookup part of the current member expression: `.name`, `[0]` or `["key"]`. */
export function printMemberLookup(p: TsPrinter): Doc {
  const node = p.node as MemberExpression;
  const property = p.print(node.property, "property");
  const optional = node.optional ? "?." : "";
  if (!node.computed) return [node.optional ? "?." : ".", property];
  if (node.property.type === "NumericLiteral") return [optional, "[", property, "]"];
  return group([optional, "[", indent([softline, property]), softline, "]"]);
}

const isCallWithArguments = (node: Node): boolean => node.type === "CallExpression" && node.arguments.length > 0;

/** A member expression outside a call chain (`outcome.error.body`, the callee of `new`). */
export const printMemberExpression: NodePrinter = (p) => {
  const node = p.node as MemberExpression;
  const objectDoc = p.print(node.object, "object");
  const lookup = printMemberLookup(p);
  const ancestors = p.ancestors();
  const firstNonMember = ancestors.find((a) => a.type !== "MemberExpression");
  const parent = ancestors[0];
  const isNewCallee = firstNonMember?.type === "NewExpression" && isCalleeOf(ancestors, node, firstNonMember);
  const inline =
    (firstNonMember?.type === "AssignmentExpression" && firstNonMember.left.type !== "Identifier") ||
    isNewCallee ||
    node.computed ||
    (node.object.type === "Identifier" && node.property.type === "Identifier" && parent?.type !== "MemberExpression") ||
    ((parent?.type === "AssignmentExpression" || parent?.type === "VariableDeclaration") &&
      (isCallWithArguments(node.object) || labelOf(objectDoc) !== undefined));
  const doc: Doc = [objectDoc, lineSuffixBoundary, inline ? lookup : group(indent([softline, lookup]))];
  const objectLabel = labelOf(objectDoc);
  return objectLabel ? label(objectLabel, doc) : doc;
};

/** True when `node` (through member objects only) is the callee of `call`. */
function isCalleeOf(ancestors: readonly Node[], node: Node, call: Node): boolean {
  let child: Node = node;
  for (const ancestor of ancestors) {
    if (ancestor === call) return call.type === "NewExpression" && call.callee === child;
    if (ancestor.type !== "MemberExpression" || ancestor.object !== child) return false;
    child = ancestor;
  }
  return false;
}
