/**
 * Reads WADL and XSD files into a small element tree with resolved namespaces and source offsets, using
 * fast-xml-parser with entities off (xml-entities.ts resolves references); DOCTYPE and ENTITY declarations are refused
 * before parsing (no expansion attacks).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { SourceFile } from "../source-file.js";
import { scanStartTags, type TagPosition } from "./xml-tags.js";
import { decodeXmlEntities } from "./xml-entities.js";

/** One element: qualified and local name, namespace URI, attributes (entity-decoded), children, text. */
export interface XmlElement {
  name: string;
  local: string;
  namespace: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (CDATA included), untrimmed. */
  text: string;
  /** Text and child elements in document order (for documentation with markup). */
  content: (string | XmlElement)[];
  /** Prefix → namespace URI in scope at this element (for QName attribute values such as `type="xs:int"`). */
  scope: ReadonlyMap<string, string>;
  file: SourceFile;
  offset: number;
  attributeOffsets: Record<string, number>;
  /** Element path for diagnostics, e.g. `/application/resources/resource[2]`. */
  path: string;
}

/** Bounds on one XML file. */
export const XML_LIMITS = { maxElements: 200_000, maxDepth: 96 } as const;

export type XmlParseResult =
  { ok: true; root: XmlElement } | { ok: false; offset: number; code: string; message: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 128,
});

const FORBIDDEN = /<!DOCTYPE|<!ENTITY/i;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

type OrderedNode = Record<string, unknown>;

/** Parses one file; syntax errors, DOCTYPE/ENTITY and size bounds come back with an offset. */
export function parseXmlFile(file: SourceFile): XmlParseResult {
  const forbidden = FORBIDDEN.exec(file.text);
  if (forbidden)
    return {
      ok: false,
      offset: forbidden.index,
      code: "xml-doctype-refused",
      message: "DOCTYPE and ENTITY declarations are refused (no entity expansion, no external entities); remove them",
    };
  const valid = XMLValidator.validate(file.text);
  if (valid !== true) {
    const offset = offsetOfLine(file.text, valid.err.line, valid.err.col);
    return { ok: false, offset, code: "xml-syntax", message: `${valid.err.msg}; fix the XML syntax` };
  }
  const { tags, tooDeep } = scanStartTags(file.text, XML_LIMITS.maxDepth);
  if (tags.length > XML_LIMITS.maxElements)
    return {
      ok: false,
      offset: tags[XML_LIMITS.maxElements]!.offset,
      code: "xml-too-large",
      message: `more than ${XML_LIMITS.maxElements} elements`,
    };
  if (tooDeep !== undefined)
    return {
      ok: false,
      offset: tooDeep,
      code: "xml-too-deep",
      message: `elements nested deeper than ${XML_LIMITS.maxDepth} levels`,
    };
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(file.text) as OrderedNode[];
  } catch (error) {
    return {
      ok: false,
      offset: 0,
      code: "xml-syntax",
      message: `${error instanceof Error ? error.message : String(error)}; fix the XML`,
    };
  }
  const builder = new TreeBuilder(file, tags);
  const rootNode = nodes.find((n) => elementName(n) !== undefined);
  if (!rootNode) return { ok: false, offset: 0, code: "xml-syntax", message: "no root element" };
  return { ok: true, root: builder.build(rootNode, new Map([["xml", XML_NS]]), `/${elementName(rootNode)!}`) };
}

class TreeBuilder {
  private next = 0;
  constructor(
    private readonly file: SourceFile,
    private readonly tags: TagPosition[],
  ) {}

  build(node: OrderedNode, parentScope: ReadonlyMap<string, string>, parentPath: string): XmlElement {
    const name = elementName(node)!;
    const position = this.tags[this.next++] ?? { offset: 0, attributes: {} };
    const raw = (node[":@"] ?? {}) as Record<string, string>;
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    const scope = new Map(parentScope);
    for (const [key, value] of Object.entries(raw)) {
      attributes[key] = decodeXmlEntities(value);
      if (key === "xmlns") scope.set("", attributes[key]!);
      else if (key.startsWith("xmlns:")) scope.set(key.slice(6), attributes[key]!);
    }
    const colon = name.indexOf(":");
    const prefix = colon === -1 ? "" : name.slice(0, colon);
    const local = colon === -1 ? name : name.slice(colon + 1);
    const element: XmlElement = {
      name,
      local,
      namespace: scope.get(prefix) ?? "",
      attributes,
      children: [],
      text: "",
      content: [],
      scope,
      file: this.file,
      offset: position.offset,
      attributeOffsets: position.attributes,
      path: parentPath,
    };
    const counts = new Map<string, number>();
    for (const child of (node[name] ?? []) as OrderedNode[]) {
      const childName = elementName(child);
      if (childName === undefined) {
        if (typeof child["#text"] === "string") {
          const text = decodeXmlEntities(child["#text"]);
          element.text += text;
          element.content.push(text);
        }
        continue;
      }
      const n = (counts.get(childName) ?? 0) + 1;
      counts.set(childName, n);
      const built = this.build(child, scope, `${parentPath}/${childName}[${n}]`);
      element.children.push(built);
      element.content.push(built);
    }
    return element;
  }
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ":@" && k !== "#text");
}

function offsetOfLine(text: string, line: number, column: number): number {
  if (!Number.isInteger(line) || line < 1) return 0;
  if (!Number.isInteger(column) || column < 1) column = 1;
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** All text below an element in document order, each line trimmed and runs of blank lines collapsed. */
export function documentationText(element: XmlElement): string {
  return textDeep(element)
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, " "))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function textDeep(element: XmlElement): string {
  return element.content.map((part) => (typeof part === "string" ? part : textDeep(part))).join("");
}
