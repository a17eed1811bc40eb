// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The XML codec (fast-xml-parser), encoding half and the codec; only packages whose spec uses XML import this file and pass `xmlCodec` to `ApiClient`. */

import { ownValue } from "./own.js";
import { XMLBuilder } from "fast-xml-parser";
import type { XmlCodec } from "./codec.js";
import { isPlainObject, scalarToText } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import { ATTR, decodeXml, TEXT } from "./xml-decode.js";
import type { XmlShape } from "./operation.js";

const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const DEFAULT_ROOT = "root";

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

export { decodeXml, decodeXmlText } from "./xml-decode.js";

/** Pass as `codecs: { xml: xmlCodec }` to `ApiClient`. */
export const xmlCodec: XmlCodec = { encode: encodeXml, decode: decodeXml };
