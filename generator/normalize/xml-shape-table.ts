/** The shared XML shapes of an API: one per component its XML bodies reference, built once and named for generated code. */
import { followPointer } from "../load/pointer.js";
import { claimUniqueName, toVariableName } from "../naming/identifiers.js";
import type { Api, SharedXmlShape, XmlShape } from "./ir.js";
import { derefObject } from "./refs.js";
import { xmlComponentContent } from "./xml-shape.js";

/**
 * Every component reachable by `ref` from the XML shapes of the API's bodies, responses and error responses, in
 * discovery order (operations in order, then breadth first). A worklist, not recursion: a chain of thousands of
 * components cannot exhaust the stack, and a cycle (a tree schema) is visited once.
 */
export function buildXmlShapeTable(doc: unknown, roots: readonly XmlShape[]): SharedXmlShape[] {
  const queue: string[] = [];
  const seen = new Set<string>();
  const enqueue = (shape: XmlShape): void => {
    for (const name of refsOf(shape)) {
      if (!seen.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  };
  roots.forEach(enqueue);
  const taken = new Set<string>();
  const table: SharedXmlShape[] = [];
  for (let i = 0; i < queue.length; i++) {
    const component = queue[i]!;
    const schema = derefObject(doc, followPointer(doc, ["components", "schemas", component]));
    const content = schema ? xmlComponentContent(doc, schema) : {};
    enqueue(content);
    // Names end in `Xml` (or are `xml`), as no other value in a resource or links file does (`…Operation`, `…Function`, classes).
    table.push({
      component,
      constName: claimUniqueName(toVariableName(`${component} xml`, "shapeXml"), taken),
      content,
    });
  }
  return table;
}

/** The components a shape refers to, in document order of its tree. */
export function refsOf(shape: XmlShape): string[] {
  const out: string[] = [];
  const visit = (node: XmlShape): void => {
    if (node.ref !== undefined) out.push(node.ref);
    if (node.items) visit(node.items);
    for (const child of Object.values(node.properties ?? {})) visit(child);
  };
  visit(shape);
  return out;
}

/** Every XML shape the operations carry: request body variants, then every response (success and error) content. */
export function operationXmlShapes(api: Api): XmlShape[] {
  return api.operations.flatMap((op) => [
    ...(op.body?.variants.flatMap((v) => (v.xml ? [v.xml] : [])) ?? []),
    ...op.responses.flatMap((r) => r.contents.flatMap((c) => (c.xml ? [c.xml] : []))),
  ]);
}
