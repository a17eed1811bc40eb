/** What the simple- and complex-type converters need from the schema set: type references and problems. */
import type { JsonObject } from "../../json-value.js";
import type { XmlProblems } from "../wadl/xml-problems.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import type { XsdDecl, XsdRegistry } from "./xsd-registry.js";

/** Services shared by the XSD converters. */
export interface XsdContext {
  problems: XmlProblems;
  registry: XsdRegistry;
  /** Schema for the QName in `element`'s attribute `attribute` (built-in inline, named type as `$ref`). */
  typeSchema(element: XmlElement, attribute: string): JsonObject;
  /** Same for a QName given as text (list members), located at `attribute`. */
  typeSchemaOf(element: XmlElement, qname: string, attribute: string): JsonObject;
  /** A simple base type's schema inlined (a copy), so restriction facets can narrow it. */
  simpleBaseSchema(element: XmlElement, attribute: string): JsonObject;
  /** The global declaration a QName attribute names, reporting when missing. */
  declOf(element: XmlElement, attribute: string, kind: XsdDecl["kind"]): XsdDecl | undefined;
  /** `$ref` to a global element's or type's component. */
  refTo(decl: XsdDecl): JsonObject;
  /** Component name of a global declaration. */
  componentName(decl: XsdDecl): string;
  /** True when a component has its own `xml` object (a type merged with its same-named element). */
  carriesXml(componentName: string): boolean;
  /** Current nesting of anonymous types and groups (bounded). */
  depth: number;
}
