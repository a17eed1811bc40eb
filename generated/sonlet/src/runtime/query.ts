// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Query-string serialization for every OpenAPI query style; also used for form-urlencoded bodies. @see https://spec.openapis.org/oas/v3.1.1#style-examples */

import {
  encodeAllowReserved,
  encodeStrict,
  flattenEntries,
  isEmptyStyleValue,
  isPlainObject,
  scalarToText,
  serializeContent,
  toStyleValue,
  type Encoder,
  type StyleValue,
} from "./encode.js";
import type { ParamStyle } from "./operation.js";

/** How one query parameter (or form body property) is written. */
export interface QueryEncoding {
  readonly name: string;
  readonly style: ParamStyle;
  readonly explode: boolean;
  readonly allowReserved?: boolean;
  readonly contentType?: string;
}

type QueryStyle = "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
type QuerySerializer = (name: string, value: unknown, how: { explode: boolean; encode: Encoder }) => string[];

/** Delimiters of the non-exploded array styles, already percent-encoded as RFC 3986 requires (space, `|`). */
const DELIMITED: Readonly<Record<"spaceDelimited" | "pipeDelimited", string>> = {
  spaceDelimited: "%20",
  pipeDelimited: "%7C",
};

const QUERY_STYLES: Readonly<Record<QueryStyle, QuerySerializer>> = {
  form: (name, value, how) => serializeForm(name, toStyleValue(value), how),
  spaceDelimited: (name, value, how) => serializeDelimited(name, value, how, DELIMITED.spaceDelimited),
  pipeDelimited: (name, value, how) => serializeDelimited(name, value, how, DELIMITED.pipeDelimited),
  deepObject: (name, value, how) =>
    isPlainObject(value)
      ? serializeDeep(encodeStrict(name), value, how.encode)
      : serializeForm(name, toStyleValue(value), how),
};

function serializeForm(name: string, value: StyleValue, how: { explode: boolean; encode: Encoder }): string[] {
  const key = encodeStrict(name);
  const { encode } = how;
  if (value.kind === "primitive") return [`${key}=${encode(value.value)}`];
  if (isEmptyStyleValue(value)) return [];
  if (value.kind === "array") {
    return how.explode
      ? value.items.map((item) => `${key}=${encode(item)}`)
      : [`${key}=${value.items.map(encode).join(",")}`];
  }
  if (how.explode) return value.entries.map(([k, v]) => `${encodeStrict(k)}=${encode(v)}`);
  return [`${key}=${flattenEntries(value.entries, encode).join(",")}`];
}

function serializeDelimited(
  name: string,
  raw: unknown,
  how: { explode: boolean; encode: Encoder },
  delimiter: string,
): string[] {
  const value = toStyleValue(raw);
  if (how.explode || value.kind === "primitive" || isEmptyStyleValue(value)) return serializeForm(name, value, how);
  const parts = value.kind === "array" ? value.items.map(how.encode) : flattenEntries(value.entries, how.encode);
  return [`${encodeStrict(name)}=${parts.join(delimiter)}`];
}

/** `color[R]=100`, recursing into nested objects (`a[b][c]=`) and indexing arrays (`a[list][0]=`); brackets are encoded. */
function serializeDeep(prefix: string, value: unknown, encode: Encoder): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      item === undefined ? [] : serializeDeep(`${prefix}%5B${index}%5D`, item, encode),
    );
  }
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([k, v]) =>
      v === undefined ? [] : serializeDeep(`${prefix}%5B${encodeStrict(k)}%5D`, v, encode),
    );
  }
  return [`${prefix}=${encode(scalarToText(value))}`];
}

/** Serializes one parameter to encoded `name=value` pairs; `undefined` yields none, `null` yields `name=`. */
export function serializeQueryParam(how: QueryEncoding, value: unknown): string[] {
  if (value === undefined) return [];
  const encode = how.allowReserved === true ? encodeAllowReserved : encodeStrict;
  if (how.contentType !== undefined)
    return [`${encodeStrict(how.name)}=${encode(serializeContent(value, how.contentType))}`];
  if (value === null) return [`${encodeStrict(how.name)}=`];
  const style: QueryStyle = isQueryStyle(how.style) ? how.style : "form";
  return QUERY_STYLES[style](how.name, value, { explode: how.explode, encode });
}

function isQueryStyle(style: ParamStyle): style is QueryStyle {
  return style === "form" || style === "spaceDelimited" || style === "pipeDelimited" || style === "deepObject";
}

/** Joins serialized pairs into a query string (without the leading `?`). */
export function joinQuery(pairs: readonly string[]): string {
  return pairs.join("&");
}

/** The decoded name of an encoded `name=value` query pair. */
export function decodeQueryName(pair: string): string {
  const raw = pair.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/** Replaces (or adds) one query parameter of a URL without re-encoding the rest of its query. */
export function setQueryParam(url: string, name: string, value: string): string {
  const hashAt = url.indexOf("#");
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = base.indexOf("?");
  const path = queryAt === -1 ? base : base.slice(0, queryAt);
  const kept =
    queryAt === -1
      ? []
      : base
          .slice(queryAt + 1)
          .split("&")
          .filter((pair) => pair !== "" && decodeQueryName(pair) !== name);
  return `${path}?${[...kept, `${encodeStrict(name)}=${encodeStrict(value)}`].join("&")}`;
}
