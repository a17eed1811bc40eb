// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Pluggable codecs, so the core runtime never imports an XML library; XML packages pass `xmlCodec` from `./xml.js`. */

import type { XmlShape } from "./operation.js";

/** Encodes request values to XML and decodes XML responses into the declared shape. */
export interface XmlCodec {
  /** Serializes `value` as an XML document whose root and children follow `shape`. */
  readonly encode: (value: unknown, shape: XmlShape | undefined) => string;
  /** Parses an XML document (refusing DOCTYPE/entities) into the shape; throws on malformed input. */
  readonly decode: (text: string, shape: XmlShape | undefined) => unknown;
}

/** Codecs handed to `ApiClient`; only formats beyond JSON/text/binary need one. */
export interface Codecs {
  readonly xml?: XmlCodec;
}
