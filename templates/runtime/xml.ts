// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The XML codec (fast-xml-parser), encoding half and the codec; only packages whose spec uses XML import this file and pass `xmlCodec` to `ApiClient`. */

import { ownValue } from "./own.js";
import { XMLBuilder } from "fast-xml-parser";
import type { XmlCodec } from "./codec.js";
import { isPlainObject, scalarToText } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import { ATTR, contentOf, decodeXml, MAX_XML_DEPTH, TEXT } from "./xml-decode.js";
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
  const base: XmlObject =
    typeof node === "string" ? (node === "" ? {} : { [TEXT]: node }) : Array.isArray(node) ? {} : node;
  return { ...base, [attr]: shape.namespace };
}

function addChild(target: XmlObject, name: string, node: XmlNode): void {
  const existing = ownValue(target, name);
  if (existing === undefined) target[name] = node;
  else target[name] = [...(Array.isArray(existing) ? existing : [existing]), ...(Array.isArray(node) ? node : [node])];
}

function encodeArray(
  target: XmlObject,
  key: string,
  items: readonly unknown[],
  shape: XmlShape | undefined,
  depth: number,
): void {
  const itemShape = contentOf(shape)?.items;
  const itemName = qualifiedName(itemShape?.name ?? key, itemShape);
  const nodes = items
    .filter((i) => i !== undefined)
    .map((item) => withNamespace(encodeContent(item, itemShape, depth), itemShape));
  if (shape?.wrapped === true) {
    addChild(target, qualifiedName(shape.name ?? key, shape), withNamespace({ [itemName]: nodes }, shape));
  } else {
    addChild(target, itemName, nodes);
  }
}

/** The object's entries with the shape's properties first, in the shape's (declaration) order, then any others. */
function orderedEntries(value: Record<string, unknown>, shape: XmlShape | undefined): [string, unknown][] {
  const declared = Object.keys(contentOf(shape)?.properties ?? {}).filter((key) =>
    Object.prototype.hasOwnProperty.call(value, key),
  );
  const known = new Set(declared);
  return [
    ...declared.map((key): [string, unknown] => [key, value[key]]),
    ...Object.entries(value).filter(([key]) => !known.has(key)),
  ];
}

function encodeObject(value: Record<string, unknown>, shape: XmlShape | undefined, depth: number): XmlObject {
  const out: XmlObject = {};
  const properties = contentOf(shape)?.properties;
  for (const [key, child] of orderedEntries(value, shape)) {
    if (child === undefined) continue;
    const childShape = ownValue(properties, key);
    if (childShape?.attribute === true) {
      out[`${ATTR}${qualifiedName(childShape.name ?? key, childShape)}`] = scalarToText(child);
    } else if (childShape?.text === true) {
      out[TEXT] = scalarToText(child);
    } else if (Array.isArray(child)) {
      encodeArray(out, key, child, childShape, depth);
    } else {
      addChild(
        out,
        qualifiedName(childShape?.name ?? key, childShape),
        withNamespace(encodeContent(child, childShape, depth), childShape),
      );
    }
  }
  return out;
}

/** The content of one element; `depth` counts the elements above it, bounded as the decoder's is (and cycles with it). */
function encodeContent(value: unknown, shape: XmlShape | undefined, depth: number): XmlNode {
  if (depth >= MAX_XML_DEPTH) throw new ApiRequestError(`XML body nested deeper than ${MAX_XML_DEPTH} elements`);
  if (isPlainObject(value)) return encodeObject(value, shape, depth + 1);
  if (Array.isArray(value)) {
    const holder: XmlObject = {};
    encodeArray(holder, contentOf(shape)?.items?.name ?? "item", value, { ...shape, wrapped: false }, depth + 1);
    return holder;
  }
  return scalarToText(value);
}

/** Serializes `value` as a UTF-8 XML document; the root element is `shape.name` (default `root`). */
export function encodeXml(value: unknown, shape: XmlShape | undefined): string {
  const rootName = qualifiedName(shape?.name ?? DEFAULT_ROOT, shape);
  const root = withNamespace(encodeContent(value, shape, 0), shape);
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [rootName]: root }) as string}`;
}

export { decodeXml, decodeXmlText } from "./xml-decode.js";

/** Pass as `codecs: { xml: xmlCodec }` to `ApiClient`. */
export const xmlCodec: XmlCodec = { encode: encodeXml, decode: decodeXml };
