// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Percent-encoding (RFC 3986) and conversion of argument values into the strings that go on the wire. */

import { ApiRequestError } from "./errors.js";

const SUB_DELIMS_LEFT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;
/** Reserved characters that `allowReserved` keeps literal; `# & = +` stay encoded so a value can never cut the URL or add a parameter. */
const KEPT_RESERVED = /%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2C|3B)/gi;

/** Encodes every character except the RFC 3986 unreserved set `A-Z a-z 0-9 - . _ ~`. */
export function encodeStrict(value: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    throw new ApiRequestError(`Value contains a lone surrogate and cannot be percent-encoded`);
  }
  return encoded.replace(
    SUB_DELIMS_LEFT_BY_ENCODE_URI_COMPONENT,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Encoding for `allowReserved: true`: reserved characters stay literal except `# & = +`. */
export function encodeAllowReserved(value: string): string {
  return encodeStrict(value).replace(KEPT_RESERVED, (m) => decodeURIComponent(m));
}

/** The encoder a serializer uses for values. */
export type Encoder = (value: string) => string;

/** Identity, for header values, which are not percent-encoded. */
export const encodeNothing: Encoder = (value) => value;

/** A parameter value classified the way RFC 6570 sees it: a primitive, a list, or key/value pairs. */
export type StyleValue =
  | { readonly kind: "primitive"; readonly value: string }
  | { readonly kind: "array"; readonly items: readonly string[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, string])[] };

/** Converts one scalar to its wire text: `null` is empty, dates are ISO 8601, nested structures are JSON. */
export function scalarToText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberToText(value);
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? "";
}

function numberToText(value: number): string {
  if (!Number.isFinite(value)) throw new ApiRequestError(`Cannot serialize the number ${value}`);
  return String(value);
}

/** True for plain data objects (not arrays, dates, blobs or other class instances with their own meaning). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Classifies a value for style serialization; `undefined` array items and object members are dropped. */
export function toStyleValue(value: unknown): StyleValue {
  if (Array.isArray(value)) {
    return { kind: "array", items: value.filter((v) => v !== undefined).map(scalarToText) };
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, scalarToText(v)] as const);
    return { kind: "object", entries };
  }
  return { kind: "primitive", value: scalarToText(value) };
}

/** True when a classified value has nothing to send (empty list or object), which RFC 6570 treats as undefined. */
export function isEmptyStyleValue(value: StyleValue): boolean {
  return (
    (value.kind === "array" && value.items.length === 0) || (value.kind === "object" && value.entries.length === 0)
  );
}

/** Flattens object entries to `k1,v1,k2,v2` parts, each encoded. */
export function flattenEntries(entries: readonly (readonly [string, string])[], encode: Encoder): string[] {
  return entries.flatMap(([k, v]) => [encode(k), encode(v)]);
}

/** True for media types whose values are JSON (`application/json`, `application/problem+json`, …). */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = (mediaType.split(";")[0] ?? "").trim().toLowerCase();
  return essence === "application/json" || essence.endsWith("+json") || essence === "text/json";
}

/** Serializes a content-encoded value (`content:` parameters, `contentType` encodings): JSON for JSON types, text otherwise. */
export function serializeContent(value: unknown, mediaType: string): string {
  if (isJsonMediaType(mediaType)) return JSON.stringify(value) ?? "";
  return scalarToText(value);
}
