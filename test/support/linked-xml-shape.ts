/** The runtime XML shape the generated code would hold for a body schema: shared component shapes linked by `ref` thunks. */
import type { XmlShape as IrShape } from "../../generator/normalize/ir.js";
import { xmlShapeOf } from "../../generator/normalize/xml-shape.js";
import { buildXmlShapeTable } from "../../generator/normalize/xml-shape-table.js";
import type { XmlShape } from "../../templates/runtime/index.js";

/** `xmlShapeOf` plus the table of shared shapes, linked in memory as src/xml-shapes.ts links them in code. */
export function linkedXmlShape(doc: unknown, schema: unknown): XmlShape | undefined {
  const root = xmlShapeOf(doc, schema);
  if (root === undefined) return undefined;
  const shared = new Map<string, XmlShape>();
  const link = (shape: IrShape): XmlShape => {
    const { ref, items, properties, ...rest } = shape;
    return {
      ...rest,
      ...(items ? { items: link(items) } : {}),
      ...(properties
        ? { properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, link(v)])) }
        : {}),
      ...(ref === undefined ? {} : { ref: () => shared.get(ref)! }),
    };
  };
  for (const entry of buildXmlShapeTable(doc, [root])) shared.set(entry.component, link(entry.content));
  return link(root);
}
