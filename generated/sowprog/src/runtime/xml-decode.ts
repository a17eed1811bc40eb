// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Decoding half of the XML codec (xml.ts): parses with fast-xml-parser, DOCTYPE and entities refused, into the declared shape. */

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ApiDecodeError } from "./errors.js";
import type { XmlShape } from "./operation.js";

/** fast-xml-parser's prefix for attribute keys and its key for an element's text, shared with the encoder in xml.ts. */
export const ATTR = "@_";
export const TEXT = "#text";
const CDATA = "#cdata";
const FORBIDDEN_MARKUP = /<!DOCTYPE|<!ENTITY/i;
/**
 * Deepest element nesting read or written. Shapes may recurse (a tree schema), so this bound — not the shape — limits
 * how deep the codec walks: a hostile document is refused by the parser before any recursion happens.
 */
export const MAX_XML_DEPTH = 100;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  cdataPropName: CDATA,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  // fast-xml-parser allows one level more than `maxNestedTags` (its document node is on the stack too).
  maxNestedTags: MAX_XML_DEPTH - 1,
});

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Resolves the five predefined entities and character references; nothing else exists once DOCTYPE is refused. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return PREDEFINED[ref] ?? match;
  });
}

type Raw = string | RawObject | Raw[];
interface RawObject {
  [name: string]: Raw;
}

/** Where a shape's content (type, array, items, properties) lives: its component's shared shape when it has a `ref`. */
export function contentOf(shape: XmlShape | undefined): XmlShape | undefined {
  return shape?.ref === undefined ? shape : shape.ref();
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

function toArray(node: Raw | undefined): Raw[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}

function coerce(text: string, shape: XmlShape | undefined): unknown {
  const type = contentOf(shape)?.type;
  if ((type === "number" || type === "integer") && text.trim() !== "" && Number.isFinite(Number(text)))
    return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function textOf(node: RawObject): string {
  const text = node[TEXT];
  const cdata = node[CDATA];
  return `${typeof text === "string" ? decodeXmlText(text) : ""}${toArray(cdata).join("")}`;
}

/**
 * The items of an array property; undefined when the document has no such element (no items, or no wrapper), so an
 * absent list stays absent as it is in JSON, while an empty wrapper is an empty list.
 */
function readArray(node: RawObject, key: string, shape: XmlShape): unknown[] | undefined {
  const itemShape = contentOf(shape)?.items;
  const itemName = localName(itemShape?.name ?? key);
  let items: Raw | undefined;
  if (shape.wrapped === true) {
    const wrapper = node[localName(shape.name ?? key)];
    if (wrapper === undefined) return undefined;
    items = typeof wrapper === "object" && !Array.isArray(wrapper) ? wrapper[itemName] : undefined;
  } else {
    items = node[itemName];
    if (items === undefined) return undefined;
  }
  return toArray(items).map((item) => reshape(item, itemShape));
}

function readObject(node: RawObject, shape: XmlShape | undefined): unknown {
  const out: Record<string, unknown> = {};
  const consumed = new Set<string>([TEXT, CDATA]);
  for (const [key, child] of Object.entries(contentOf(shape)?.properties ?? {})) {
    const name = localName(child.name ?? key);
    const content = contentOf(child);
    if (child.attribute === true) {
      const value = node[`${ATTR}${name}`];
      consumed.add(`${ATTR}${name}`);
      if (typeof value === "string") out[key] = coerce(decodeXmlText(value), child);
    } else if (child.text === true) {
      const text = textOf(node);
      // Empty text is "" for a string and absent for a number or boolean, which "" is not.
      if (text !== "" || content?.type === undefined || content.type === "string") out[key] = coerce(text, child);
    } else if (content?.array === true) {
      const items = readArray(node, key, child);
      if (items !== undefined) out[key] = items;
      consumed.add(child.wrapped === true ? localName(child.name ?? key) : localName(content.items?.name ?? key));
    } else if (node[name] !== undefined) {
      out[key] = reshape(node[name], child);
      consumed.add(name);
    }
  }
  for (const [name, value] of Object.entries(node)) {
    const key = name.startsWith(ATTR) ? name.slice(ATTR.length) : name;
    if (consumed.has(name) || key.startsWith("xmlns") || key === "__proto__") continue;
    out[key] = reshape(value, undefined);
  }
  return out;
}

function hasTextProperty(properties: Readonly<Record<string, XmlShape>>): boolean {
  return Object.values(properties).some((child) => child.text === true);
}

/** Shapes parsed XML into the declared form: arrays where the shape says array (even for one element), typed scalars, plain keys. */
function reshape(node: Raw, shape: XmlShape | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => reshape(item, shape));
  // An empty element whose shape is an object (`<eventListResponse/>`) is an empty object, not "".
  // So is an element with text only whose shape maps the text to a property (`<price>12.50</price>` → `{ value: 12.5 }`).
  const properties = contentOf(shape)?.properties;
  if (typeof node === "string") {
    if (properties !== undefined && (node === "" || hasTextProperty(properties)))
      return readObject(node === "" ? {} : { [TEXT]: node }, shape);
    return coerce(decodeXmlText(node), shape);
  }
  const keys = Object.keys(node).filter((k) => !k.startsWith(`${ATTR}xmlns`));
  if (keys.every((k) => k === TEXT || k === CDATA) && properties === undefined) return coerce(textOf(node), shape);
  return readObject(node, shape);
}

function parse(text: string): RawObject {
  try {
    return parser.parse(text) as RawObject;
  } catch (error) {
    // fast-xml-parser refuses nesting past `maxNestedTags` ("Maximum nested tags exceeded") with a plain Error.
    throw new ApiDecodeError(`Refusing XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parses an XML document into `shape`; refuses DOCTYPE and entity declarations, and malformed XML. */
export function decodeXml(text: string, shape: XmlShape | undefined): unknown {
  if (FORBIDDEN_MARKUP.test(text)) throw new ApiDecodeError("Refusing XML with a DOCTYPE or ENTITY declaration");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ApiDecodeError(`Malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parsed = parse(text);
  const rootNames = Object.keys(parsed);
  const root = rootNames[0] === undefined ? undefined : parsed[rootNames[0]];
  if (root === undefined) return undefined;
  if (rootNames.length > 1 || Array.isArray(root))
    throw new ApiDecodeError("Malformed XML: more than one root element");
  const content = contentOf(shape);
  if (content?.array === true) {
    const items =
      typeof root === "object" && !Array.isArray(root) ? root[localName(content.items?.name ?? "item")] : undefined;
    return toArray(items).map((item) => reshape(item, content.items));
  }
  return reshape(root, shape);
}
