// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Path templating (`/items/{id}/`) with the OpenAPI path styles, and joining onto the base URL. @see https://spec.openapis.org/oas/v3.1.1#style-values */

import { encodeStrict, flattenEntries, isEmptyStyleValue, toStyleValue, type StyleValue } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import type { ParamSpec } from "./operation.js";

type PathStyle = "simple" | "label" | "matrix";
type PathSerializer = (name: string, value: StyleValue, explode: boolean) => string;

const enc = encodeStrict;

/** RFC 6570 `{var}`, `{.var}` and `{;var}` expansions, keyed by OpenAPI style. */
const PATH_STYLES: Readonly<Record<PathStyle, PathSerializer>> = {
  simple: (_name, value, explode) => joinValue(value, { explode, separator: ",", explodedSeparator: "," }),
  label: (_name, value, explode) => `.${joinValue(value, { explode, separator: ",", explodedSeparator: "." })}`,
  matrix: (name, value, explode) => serializeMatrix(enc(name), value, explode),
};

function joinValue(value: StyleValue, how: { explode: boolean; separator: string; explodedSeparator: string }): string {
  const sep = how.explode ? how.explodedSeparator : how.separator;
  if (value.kind === "primitive") return enc(value.value);
  if (value.kind === "array") return value.items.map(enc).join(sep);
  if (how.explode) return value.entries.map(([k, v]) => `${enc(k)}=${enc(v)}`).join(sep);
  return flattenEntries(value.entries, enc).join(how.separator);
}

function serializeMatrix(name: string, value: StyleValue, explode: boolean): string {
  const pair = (key: string, text: string): string => (text === "" ? `;${key}` : `;${key}=${text}`);
  if (value.kind === "primitive") return pair(name, enc(value.value));
  if (value.kind === "array") {
    return explode
      ? value.items.map((item) => pair(name, enc(item))).join("")
      : pair(name, value.items.map(enc).join(","));
  }
  if (explode) return value.entries.map(([k, v]) => pair(enc(k), enc(v))).join("");
  return pair(name, flattenEntries(value.entries, enc).join(","));
}

const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
const FORBIDDEN_RAW = new Set(["", ".", ".."]);

/** Serializes one path parameter, rejecting values that would vanish or walk the path (`""`, `.`, `..`). */
export function serializePathParam(param: ParamSpec, raw: unknown): string {
  if (raw === undefined || raw === null) {
    throw new ApiRequestError(`Missing required path parameter "${param.name}"`);
  }
  if (param.contentType !== undefined) return checked(param, enc(JSON.stringify(raw) ?? ""));
  const value = toStyleValue(raw);
  if ((value.kind === "primitive" && FORBIDDEN_RAW.has(value.value)) || isEmptyStyleValue(value)) {
    throw new ApiRequestError(`Path parameter "${param.name}" must not be empty, "." or ".."`);
  }
  const style: PathStyle = param.style === "label" || param.style === "matrix" ? param.style : "simple";
  return checked(param, PATH_STYLES[style](param.name, value, param.explode));
}

function checked(param: ParamSpec, text: string): string {
  if (text === "" || DOT_SEGMENT.test(text)) {
    throw new ApiRequestError(`Path parameter "${param.name}" serializes to a forbidden segment "${text}"`);
  }
  return text;
}

const TEMPLATE_EXPRESSION = /\{([^{}]+)\}/g;
const LITERAL_UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/g;

/** Expands a path template with already-serialized values; literal parts are encoded only where they are not URL-safe. */
export function expandPath(template: string, values: ReadonlyMap<string, string>): string {
  let out = "";
  let last = 0;
  for (const match of template.matchAll(TEMPLATE_EXPRESSION)) {
    const name = match[1] ?? "";
    const value = values.get(name);
    if (value === undefined) throw new ApiRequestError(`No value for path template expression "{${name}}"`);
    out += encodeLiteral(template.slice(last, match.index)) + value;
    last = match.index + match[0].length;
  }
  out += encodeLiteral(template.slice(last));
  assertNoDotSegments(out);
  return out;
}

function encodeLiteral(text: string): string {
  return text.replace(LITERAL_UNSAFE, (c) => encodeStrict(c));
}

function assertNoDotSegments(path: string): void {
  const segments = path.split("/");
  segments.forEach((segment, index) => {
    const isEdge = index === 0 || index === segments.length - 1;
    if (DOT_SEGMENT.test(segment) || (segment === "" && !isEdge)) {
      throw new ApiRequestError(`Expanded path "${path}" contains an empty, "." or ".." segment`);
    }
  });
}

/** Joins the base URL and an expanded path, keeping the base's own path prefix (`https://h/api/v1` + `/items/1/`). */
export function joinUrl(baseUrl: string, path: string, query: string): string {
  const base = parseBase(baseUrl);
  const suffix = path.startsWith("/") ? path : `/${path}`;
  const fullQuery = base.query === "" ? query : query === "" ? base.query : `${base.query}&${query}`;
  return `${base.origin}${base.prefix}${suffix}${fullQuery === "" ? "" : `?${fullQuery}`}`;
}

interface BaseParts {
  readonly url: string;
  readonly origin: string;
  readonly prefix: string;
  readonly query: string;
}

/** The last base URL parsed: a client joins every call onto the same one, so it is parsed once. */
let lastBase: BaseParts | undefined;

/** The origin, path prefix (no trailing `/`) and query of a base URL. */
export function parseBase(baseUrl: string): BaseParts {
  if (lastBase?.url === baseUrl) return lastBase;
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new ApiRequestError(`Invalid baseUrl "${baseUrl}"`);
  }
  lastBase = {
    url: baseUrl,
    origin: base.origin,
    prefix: base.pathname.replace(/\/+$/, ""),
    query: base.search.replace(/^\?/, ""),
  };
  return lastBase;
}
