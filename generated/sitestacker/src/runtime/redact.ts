// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Redaction of credentials from anything the runtime shows: error messages, `toJSON`, inspect output. */

import type { SecretSource } from "./secret-registry.js";

/** The text that replaces a credential. */
export const REDACTED = "[REDACTED]";

const SENSITIVE_NAME = /token|key|secret|passw|pwd|signature|^sig$|auth(?!or)|credential|session|cookie|jwt/i;
const SENSITIVE_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);
const MIN_SECRET_LENGTH = 4;

/** True when a query parameter or header name looks like it carries a credential (`api_key`, `access_token`, …). */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_HEADERS.has(name.toLowerCase()) || SENSITIVE_NAME.test(name);
}

/** Replaces the values of credential-like query parameters and any userinfo password in a URL. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf("#");
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf("?");
  const head = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const safeHead = head.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*)@/i, (_m, scheme: string) => `${scheme}${REDACTED}@`);
  if (queryAt === -1) return safeHead;
  const pairs = withoutHash
    .slice(queryAt + 1)
    .split("&")
    .map(redactQueryPair);
  return `${safeHead}?${pairs.join("&")}`;
}

function redactQueryPair(pair: string): string {
  const eq = pair.indexOf("=");
  if (eq === -1) return pair;
  const rawName = pair.slice(0, eq);
  return isSensitiveName(safeDecode(rawName)) ? `${rawName}=${REDACTED}` : pair;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** A plain, sorted copy of headers in which credential-bearing values are replaced. */
export function redactHeaders(headers: Headers | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const names = [...headers.keys()].sort();
  for (const name of names) out[name] = isSensitiveName(name) ? REDACTED : (headers.get(name) ?? "");
  return out;
}

/** Removes known secret values (and their percent-encoded forms) from free text such as a server message. */
export interface Redactor {
  readonly scrub: (text: string) => string;
}

/**
 * Collects the credential values of one request so that any text derived from it can be scrubbed. The request's own
 * values are collected at the first scrub (most calls never scrub; `url` and `headers` must not change meanwhile);
 * `secrets` (the client's registry of keys and tokens) is read at each scrub, so tokens obtained later are covered too.
 */
export function createRedactor(input: {
  readonly url?: string;
  readonly headers?: Headers;
  readonly secrets?: SecretSource;
}): Redactor {
  let own: Set<string> | undefined;
  const collect = (): Set<string> => {
    const found = new Set<string>();
    if (input.headers !== undefined) collectHeaderSecrets(input.headers, found);
    if (input.url !== undefined) collectUrlSecrets(input.url, found);
    return found;
  };
  return {
    scrub: (text) => {
      own ??= collect();
      const all = new Set([...own, ...(input.secrets?.values() ?? [])]);
      const ordered = [...all].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
      return ordered.reduce((acc, secret) => acc.split(secret).join(REDACTED), text);
    },
  };
}

function collectHeaderSecrets(headers: Headers, into: Set<string>): void {
  for (const [name, value] of headers) {
    if (!isSensitiveName(name)) continue;
    into.add(value);
    const space = value.indexOf(" ");
    if (space !== -1) into.add(value.slice(space + 1).trim());
    if (name === "cookie") for (const part of value.split(";")) addCookieValue(part, into);
  }
}

function addCookieValue(part: string, into: Set<string>): void {
  const eq = part.indexOf("=");
  if (eq !== -1) into.add(part.slice(eq + 1).trim());
}

function collectUrlSecrets(url: string, into: Set<string>): void {
  const queryAt = url.indexOf("?");
  if (queryAt === -1) return;
  for (const pair of url
    .slice(queryAt + 1)
    .split("#")[0]
    ?.split("&") ?? []) {
    const eq = pair.indexOf("=");
    if (eq === -1 || !isSensitiveName(safeDecode(pair.slice(0, eq)))) continue;
    const raw = pair.slice(eq + 1);
    into.add(raw);
    into.add(safeDecode(raw));
  }
}
