// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The XML codec (fast-xml-parser); only packages whose spec uses XML import this file and pass `xmlCodec` to `ApiClient`. */

import { ownValue } from "./own.js";
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import type { XmlCodec } from "./codec.js";
import { isPlainObject, scalarToText } from "./encode.js";
import { ApiDecodeError, ApiRequestError } from "./errors.js";
import type { XmlShape } from "./operation.js";

const ATTR = "@_";
const TEXT = "#text";
const CDATA = "#cdata";
const FORBIDDEN_MARKUP = /<!DOCTYPE|<!ENTITY/i;
const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const DEFAULT_ROOT = "root";

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
});

// ---- encoding ----

const builder = new XMLBuilder({
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  ignoreAttributes: false,
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
  processEntities: true,
  format: false,
});

type XmlNode = string | XmlObject | XmlNode[];
interface XmlObject {
  [name: string]: XmlNode;
}

/** `prefix:name` after checking both are XML names, so no spec or user string can inject markup. */
function qualifiedName(name: string, shape: XmlShape | undefined): string {
  if (!XML_NAME.test(name)) throw new ApiRequestError(`Invalid XML name ${JSON.stringify(name)}`);
  const prefix = shape?.prefix;
  if (prefix === undefined || prefix === "") return name;
  if (!XML_NAME.test(prefix)) throw new ApiRequestError(`Invalid XML prefix ${JSON.stringify(prefix)}`);
  return `${prefix}:${name}`;
}

function withNamespace(node: XmlNode, shape: XmlShape | undefined): XmlNode {
  if (shape?.namespace === undefined) return node;
  const attr = shape.prefix !== undefined && shape.prefix !== "" ? `${ATTR}xmlns:${shape.prefix}` : `${ATTR}xmlns`;
  const base: XmlObject = typeof node === "string" ? (node === "" ? {} : { [TEXT]: node }) : Array.isArray(node) ? {} : node;
  return { ...base, [attr]: shape.namespace };
}

function addChild(target: XmlObject, name: string, node: XmlNode): void {
  const existing = ownValue(target, name);
  if (existing === undefined) target[name] = node;
  else target[name] = [...(Array.isArray(existing) ? existing : [existing]), ...(Array.isArray(node) ? node : [node])];
}

function encodeArray(target: XmlObject, key: string, items: readonly unknown[], shape: XmlShape | undefined): void {
  const itemShape = shape?.items;
  const itemName = qualifiedName(itemShape?.name ?? key, itemShape);
  const nodes = items.filter((i) => i !== undefined).map((item) => withNamespace(encodeContent(item, itemShape), itemShape));
  if (shape?.wrapped === true) {
    addChild(target, qualifiedName(shape.name ?? key, shape), withNamespace({ [itemName]: nodes }, shape));
  } else {
    addChild(target, itemName, nodes);
  }
}

/** The object's entries with the shape's properties first, in the shape's (declaration) order, then any others. */
function orderedEntries(value: Record<string, unknown>, shape: XmlShape | undefined): [string, unknown][] {
  const declared = Object.keys(shape?.properties ?? {}).filter((key) => Object.prototype.hasOwnProperty.call(value, key));
  const known = new Set(declared);
  return [...declared.map((key): [string, unknown] => [key, value[key]]), ...Object.entries(value).filter(([key]) => !known.has(key))];
}

function encodeObject(value: Record<string, unknown>, shape: XmlShape | undefined): XmlObject {
  const out: XmlObject = {};
  for (const [key, child] of orderedEntries(value, shape)) {
    if (child === undefined) continue;
    const childShape = ownValue(shape?.properties, key);
    if (childShape?.attribute === true) {
      out[`${ATTR}${qualifiedName(childShape.name ?? key, childShape)}`] = scalarToText(child);
    } else if (childShape?.text === true) {
      out[TEXT] = scalarToText(child);
    } else if (Array.isArray(child)) {
      encodeArray(out, key, child, childShape);
    } else {
      addChild(out, qualifiedName(childShape?.name ?? key, childShape), withNamespace(encodeContent(child, childShape), childShape));
    }
  }
  return out;
}

function encodeContent(value: unknown, shape: XmlShape | undefined): XmlNode {
  if (isPlainObject(value)) return encodeObject(value, shape);
  if (Array.isArray(value)) {
    const holder: XmlObject = {};
    encodeArray(holder, shape?.items?.name ?? "item", value, { ...shape, wrapped: false });
    return holder;
  }
  return scalarToText(value);
}

/** Serializes `value` as a UTF-8 XML document; the root element is `shape.name` (default `root`). */
export function encodeXml(value: unknown, shape: XmlShape | undefined): string {
  const rootName = qualifiedName(shape?.name ?? DEFAULT_ROOT, shape);
  const root = withNamespace(encodeContent(value, shape), shape);
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [rootName]: root }) as string}`;
}

// ---- decoding ----

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Resolves the five predefined entities and character references; nothing else exists once DOCTYPE is refused. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return PREDEFINED[ref] ?? match;
  });
}

type Raw = string | RawObject | Raw[];
interface RawObject {
  [name: string]: Raw;
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
  const type = shape?.type;
  if ((type === "number" || type === "integer") && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
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
  const itemName = localName(shape.items?.name ?? key);
  let items: Raw | undefined;
  if (shape.wrapped === true) {
    const wrapper = node[localName(shape.name ?? key)];
    if (wrapper === undefined) return undefined;
    items = typeof wrapper === "object" && !Array.isArray(wrapper) ? wrapper[itemName] : undefined;
  } else {
    items = node[itemName];
    if (items === undefined) return undefined;
  }
  return toArray(items).map((item) => reshape(item, shape.items));
}

function readObject(node: RawObject, shape: XmlShape | undefined): unknown {
  const out: Record<string, unknown> = {};
  const consumed = new Set<string>([TEXT, CDATA]);
  for (const [key, child] of Object.entries(shape?.properties ?? {})) {
    const name = localName(child.name ?? key);
    if (child.attribute === true) {
      const value = node[`${ATTR}${name}`];
      consumed.add(`${ATTR}${name}`);
      if (typeof value === "string") out[key] = coerce(decodeXmlText(value), child);
    } else if (child.text === true) {
      const text = textOf(node);
      // Empty text is "" for a string and absent for a number or boolean, which "" is not.
      if (text !== "" || child.type === undefined || child.type === "string") out[key] = coerce(text, child);
    } else if (child.array === true) {
      const items = readArray(node, key, child);
      if (items !== undefined) out[key] = items;
      consumed.add(child.wrapped === true ? localName(child.name ?? key) : localName(child.items?.name ?? key));
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

function hasTextProperty(shape: XmlShape): boolean {
  return Object.values(shape.properties ?? {}).some((child) => child.text === true);
}

/** Shapes parsed XML into the declared form: arrays where the shape says array (even for one element), typed scalars, plain keys. */
function reshape(node: Raw, shape: XmlShape | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => reshape(item, shape));
  // An empty element whose shape is an object (`<eventListResponse/>`) is an empty object, not "".
  // So is an element with text only whose shape maps the text to a property (`<price>12.50</price>` → `{ value: 12.5 }`).
  if (typeof node === "string") {
    if (shape?.properties !== undefined && (node === "" || hasTextProperty(shape))) return readObject(node === "" ? {} : { [TEXT]: node }, shape);
    return coerce(decodeXmlText(node), shape);
  }
  const keys = Object.keys(node).filter((k) => !k.startsWith(`${ATTR}xmlns`));
  if (keys.every((k) => k === TEXT || k === CDATA) && shape?.properties === undefined) return coerce(textOf(node), shape);
  return readObject(node, shape);
}

/** Parses an XML document into `shape`; refuses DOCTYPE and entity declarations, and malformed XML. */
export function decodeXml(text: string, shape: XmlShape | undefined): unknown {
  if (FORBIDDEN_MARKUP.test(text)) throw new ApiDecodeError("Refusing XML with a DOCTYPE or ENTITY declaration");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ApiDecodeError(`Malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parsed = parser.parse(text) as RawObject;
  const rootNames = Object.keys(parsed);
  const root = rootNames[0] === undefined ? undefined : parsed[rootNames[0]];
  if (root === undefined) return undefined;
  if (rootNames.length > 1 || Array.isArray(root)) throw new ApiDecodeError("Malformed XML: more than one root element");
  if (shape?.array === true) {
    const items = typeof root === "object" && !Array.isArray(root) ? root[localName(shape.items?.name ?? "item")] : undefined;
    return toArray(items).map((item) => reshape(item, shape.items));
  }
  return reshape(root, shape);
}

/** Pass as `codecs: { xml: xmlCodec }` to `ApiClient`. */
export const xmlCodec: XmlCodec = { encode: encodeXml, decode: decodeXml };
