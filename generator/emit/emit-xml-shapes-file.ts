/**
 * `src/xml-shapes.ts`: one constant per component's XML content, which operation specs (resource files, links.ts)
 * reference lazily as `ref: () => nameXml` — so a shape exists once per package, and recursive schemas just work.
 */
import { jsDocBlock, jsDocText, LazyReference } from "../naming/literals.js";
import type { Api, XmlShape } from "../normalize/ir.js";
import { layoutLiteral, layoutNamedList } from "./code-layout.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { generatedHeader } from "./header.js";
import { constStatement, printSourceFile } from "./print.js";

/** Constant names of the shared shapes by component name. */
export function xmlShapeNames(api: Api): Map<string, string> {
  return new Map(api.xmlShapes.map((s) => [s.component, s.constName]));
}

/** A shape as data for `layoutLiteral`: a `ref` becomes a lazy reference to the component's constant. */
export function xmlShapeData(shape: XmlShape, names: ReadonlyMap<string, string>): Record<string, unknown> {
  const { ref, items, properties, ...rest } = shape;
  const data: Record<string, unknown> = { ...rest };
  if (items) data["items"] = xmlShapeData(items, names);
  if (properties) {
    const entries = Object.entries(properties).map(([key, child]) => [key, xmlShapeData(child, names)]);
    data["properties"] = Object.assign(Object.create(null) as Record<string, unknown>, Object.fromEntries(entries));
  }
  if (ref !== undefined) {
    const name = names.get(ref);
    if (name === undefined) throw new Error(`No shared XML shape for component ${JSON.stringify(ref)}`);
    data["ref"] = new LazyReference(name);
  }
  return data;
}

/** The constants a piece of spec data refers to, sorted: what its file imports from xml-shapes.ts. */
export function referencedXmlShapes(data: unknown, out = new Set<string>()): Set<string> {
  if (data instanceof LazyReference) out.add(data.name);
  else if (data !== null && typeof data === "object")
    for (const value of Object.values(data)) referencedXmlShapes(value, out);
  return out;
}

/** `import { … } from "<from>";` for the shared shapes `data` refers to, or nothing. */
export function xmlShapesImport(data: unknown, from: string): string[] {
  const names = [...referencedXmlShapes(data)].sort();
  return names.length > 0 ? [layoutNamedList("import", names, `"${from}"`)] : [];
}

/** `src/xml-shapes.ts`, or nothing when no XML body references a component with structure. */
export function emitXmlShapesFile(api: Api): GeneratedFile[] {
  if (api.xmlShapes.length === 0) return [];
  const names = xmlShapeNames(api);
  const statements = [
    `import type { XmlShape } from "./runtime/index.js";`,
    ...api.xmlShapes.map((s) => {
      const prefix = `export const ${s.constName}: XmlShape = `;
      const initializer = layoutLiteral(xmlShapeData(s.content, names), prefix.length);
      return `${jsDocBlock(jsDocText(`XML content of the component \`${s.component}\`.`))}\nexport ${constStatement({ name: s.constName, type: "XmlShape", initializer })}`;
    }),
  ];
  return [{ path: "src/xml-shapes.ts", content: printSourceFile(generatedHeader(api.sourceName), statements) }];
}
