// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Header and cookie parameters (styles `simple` and `form`), header validation and merging. */

import {
  encodeNothing,
  encodeStrict,
  flattenEntries,
  serializeContent,
  toStyleValue,
  type StyleValue,
} from "./encode.js";
import { ApiRequestError } from "./errors.js";
import type { ParamSpec } from "./operation.js";

const FORBIDDEN_VALUE_CHARS = /[\r\n\0]/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Header values as callers pass them; `null` removes a default header, `undefined` leaves it. */
export type HeaderValues = Readonly<Record<string, string | null | undefined>>;

/** Rejects header names that are not RFC 9110 tokens and values with CR, LF or NUL (header injection). */
export function assertSafeHeader(name: string, value: string): void {
  if (!TOKEN.test(name)) throw new ApiRequestError(`Invalid header name ${JSON.stringify(name)}`);
  if (FORBIDDEN_VALUE_CHARS.test(value)) {
    throw new ApiRequestError(`Header "${name}" contains a CR, LF or NUL character`);
  }
}

/** `simple` style as used in headers: `a,b` for lists, `k,v,k2,v2` or `k=v,k2=v2` (explode) for objects; not percent-encoded. */
export function serializeHeaderParam(param: ParamSpec, raw: unknown): string {
  const text =
    param.contentType !== undefined
      ? serializeContent(raw, param.contentType)
      : serializeSimple(toStyleValue(raw), param.explode);
  assertSafeHeader(param.name, text);
  return text;
}

function serializeSimple(value: StyleValue, explode: boolean): string {
  if (value.kind === "primitive") return value.value;
  if (value.kind === "array") return value.items.join(",");
  if (explode) return value.entries.map(([k, v]) => `${k}=${v}`).join(",");
  return flattenEntries(value.entries, encodeNothing).join(",");
}

/** `form` style cookie pairs, values percent-encoded: `a=1`, `a=1; a=2` (explode) or `a=1,2`. */
export function serializeCookieParam(param: ParamSpec, raw: unknown): string[] {
  const name = param.name;
  if (!TOKEN.test(name)) throw new ApiRequestError(`Invalid cookie name ${JSON.stringify(name)}`);
  if (param.contentType !== undefined) return [`${name}=${encodeStrict(serializeContent(raw, param.contentType))}`];
  const value = toStyleValue(raw);
  if (value.kind === "primitive") return [`${name}=${encodeStrict(value.value)}`];
  if (value.kind === "array") {
    return param.explode
      ? value.items.map((item) => `${name}=${encodeStrict(item)}`)
      : [`${name}=${value.items.map(encodeStrict).join(",")}`];
  }
  if (param.explode) return value.entries.map(([k, v]) => `${encodeStrict(k)}=${encodeStrict(v)}`);
  return [`${name}=${flattenEntries(value.entries, encodeStrict).join(",")}`];
}

/** Applies header values onto `target` in order, validating each; `null` deletes. */
export function applyHeaders(target: Headers, values: HeaderValues | undefined): void {
  if (values === undefined) return;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (value === null) {
      target.delete(name);
      continue;
    }
    assertSafeHeader(name, value);
    target.set(name, value);
  }
}

/** Adds cookie pairs to any `Cookie` header already present. */
export function appendCookies(target: Headers, pairs: readonly string[]): void {
  if (pairs.length === 0) return;
  const existing = target.get("cookie");
  const joined = pairs.join("; ");
  target.set("cookie", existing === null || existing === "" ? joined : `${existing}; ${joined}`);
}
