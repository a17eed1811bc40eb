/** Object literals, destructuring patterns and arrays as prettier prints them. */
import { fill, group, hardline, ifBreak, indent, line, softline, type Doc } from "../doc/doc.js";
import { LayoutUnsupported } from "../layout-unsupported.js";
import { printAssignment } from "./print-assignment.js";
import { isConciselyPrintedArray } from "./print-call-arguments-rules.js";
import { printPropertyKey } from "./print-literal.js";
import type { ArrayExpression, ObjectExpression, ObjectProperty } from "./ts-ast.js";
import type { NodePrinter, TsPrinter } from "./ts-printer.js";
import { hasNewlineInRange, isNextLineEmpty } from "./ts-source-text.js";

/** A pattern that is the only parameter of a function is hugged by its parentheses. */
function isHuggedParameter(p: TsPrinter): boolean {
  const parent = p.parent;
  return (
    (parent?.type === "ArrowFunctionExpression" || parent?.type === "FunctionDeclaration") &&
    parent.params.length === 1 &&
    parent.params[0] === p.node
  );
}

/** `{ a, b: c }`, broken one property per line when it does not fit or when the code had a line break after `{`. */
export const printObject: NodePrinter = (p) => {
  const node = p.node as ObjectExpression;
  const parent = p.parent;
  if (node.type === "ObjectPattern" && node.properties.some((prop) => prop.value.type === "ObjectPattern")) {
    throw new LayoutUnsupported("nested pattern");
  }
  if (node.properties.length === 0) return "{}";
  const shouldBreak =
    node.type === "ObjectExpression" && hasNewlineInRange(p.source, node.start, node.properties[0]!.start);
  let separator: Doc[] = [];
  const parts = node.properties.map((property) => {
    const part = [...separator, p.print(property, "properties")];
    separator = [",", line];
    if (isNextLineEmpty(p.source, property.end)) separator.push(hardline);
    return part;
  });
  const content: Doc = ["{", indent([line, ...parts]), ifBreak(","), line, "}"];
  const unGrouped =
    node.type === "ObjectPattern" &&
    (isHuggedParameter(p) || parent?.type === "VariableDeclaration" || parent?.type === "AssignmentExpression");
  return unGrouped ? content : group(content, { shouldBreak });
};

/** `key: value` in the assignment layout prettier picks, or `key` alone for shorthand. */
export const printProperty: NodePrinter = (p) => {
  const node = p.node as ObjectProperty;
  if (node.shorthand) return p.print(node.value, "value");
  return printAssignment(p, printPropertyKey(p), ":", node.value, "value");
};

/** `[a, b]`, one element per line when broken; numbers filled onto lines. */
export const printArray: NodePrinter = (p) => {
  const node = p.node as ArrayExpression;
  if (node.elements.length === 0) return "[]";
  const elements = node.elements;
  const shouldBreak =
    elements.length > 1 &&
    elements.every(
      (e, i) =>
        (e.type === "ObjectExpression" && e.properties.length > 1 && (elements[i + 1]?.type ?? e.type) === e.type) ||
        (e.type === "ArrayExpression" && e.elements.length > 1 && (elements[i + 1]?.type ?? e.type) === e.type),
    );
  const id = Symbol("array");
  if (isConciselyPrintedArray(node)) {
    const parts: Doc[] = [];
    elements.forEach((element, i) => {
      const isLast = i === elements.length - 1;
      parts.push([p.print(element, "elements"), isLast ? ifBreak(",", "", id) : ","]);
      if (!isLast) parts.push(isNextLineEmpty(p.source, element.end) ? [hardline, hardline] : line);
    });
    return group(["[", indent([softline, fill(parts)]), softline, "]"], { shouldBreak, id });
  }
  const items: Doc[] = [];
  elements.forEach((element, i) => {
    items.push(group(p.print(element, "elements")));
    if (i < elements.length - 1) items.push([",", line, isNextLineEmpty(p.source, element.end) ? softline : ""]);
  });
  return group(["[", indent([softline, items, ifBreak(",")]), softline, "]"], { shouldBreak, id });
};
