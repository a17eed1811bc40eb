// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Declarative HMAC request signing (`x-specforge-signing` with an algorithm): the string to sign is built from parts
 * of the final request, signed with WebCrypto HMAC and written into a header template, so a client only needs the key
 * id and secret. After a 401 whose `Date` is more than 30 s away from the signing clock, the server's clock is adopted
 * once and the call is signed and sent again.
 */

import type { AuthStrategy, StrategyContext, UnauthorizedHandler } from "./auth-strategies.js";
import type { HmacAuth, SchemeAuth, SecretInput, SignableRequest } from "./auth-types.js";
import { encodeBase64 } from "./base64.js";
import { ApiRequestError } from "./errors.js";

/** The HMAC hash. */
export type HmacAlgorithm = "hmac-sha1" | "hmac-sha256" | "hmac-sha384" | "hmac-sha512";

/**
 * How a signing date is written: `http-date` `Tue, 27 Mar 2007 19:36:42 GMT`; `rfc2822` `Tue, 27 Mar 2007 19:36:42 +0000`;
 * `iso8601` `2007-03-27T19:36:42Z`; `epoch-seconds` `1175024202`.
 */
export type SigningDateFormat = "http-date" | "rfc2822" | "iso8601" | "epoch-seconds";

/**
 * One element of the string to sign: the method (upper case), the URL's path, its query (without `?`), the signing
 * date, the body bytes, or a request header's value (`""` when absent).
 */
export type SigningPart = "method" | "path" | "query" | "date" | "body" | { readonly header: string };

/** The signature a spec declares. */
export interface HmacSigningSpec {
  readonly algorithm: HmacAlgorithm;
  /** How the MAC is written (default `hex`, lower case). */
  readonly encoding?: "hex" | "base64";
  /** The elements, joined by `separator` (default `"\n"`, none after the last). */
  readonly stringToSign: readonly SigningPart[];
  readonly separator?: string;
  /** The header the client sets to the current time (the `date` part). */
  readonly date?: { readonly header: string; readonly format?: SigningDateFormat };
  /** The header that carries the signature, and its value with `{keyId}` and `{signature}` filled in. */
  readonly header: string;
  readonly value: string;
}

const HASHES: Readonly<Record<HmacAlgorithm, string>> = {
  "hmac-sha1": "SHA-1",
  "hmac-sha256": "SHA-256",
  "hmac-sha384": "SHA-384",
  "hmac-sha512": "SHA-512",
};
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SKEW_TOLERANCE_MS = 30_000;

const two = (n: number): string => String(n).padStart(2, "0");

function rfcDate(ms: number, zone: string): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} ${zone}`;
}

const DATE_FORMATS: Readonly<Record<SigningDateFormat, (ms: number) => string>> = {
  "http-date": (ms) => rfcDate(ms, "GMT"),
  rfc2822: (ms) => rfcDate(ms, "+0000"),
  iso8601: (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z"),
  "epoch-seconds": (ms) => String(Math.floor(ms / 1000)),
};

/** Writes `ms` in a signing date format. */
export function formatSigningDate(ms: number, format: SigningDateFormat = "http-date"): string {
  return DATE_FORMATS[format](ms);
}

const encoder = new TextEncoder();

function partBytes(part: SigningPart, request: SignableRequest, date: string): Uint8Array {
  if (typeof part === "object") return encoder.encode(request.headers[part.header.toLowerCase()] ?? "");
  if (part === "body") return request.body ?? new Uint8Array();
  const url = new URL(request.url);
  const text: Readonly<Record<Exclude<SigningPart, object | "body">, string>> = {
    method: request.method.toUpperCase(),
    path: url.pathname,
    query: url.search.slice(1),
    date,
  };
  return encoder.encode(text[part]);
}

/** The exact bytes that are signed. */
export function stringToSign(spec: HmacSigningSpec, request: SignableRequest, date: string): Uint8Array<ArrayBuffer> {
  const separator = encoder.encode(spec.separator ?? "\n");
  const pieces = spec.stringToSign.flatMap((part, i) =>
    i === 0 ? [partBytes(part, request, date)] : [separator, partBytes(part, request, date)],
  );
  const out = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

/** The MAC of `message` under `secret` (its UTF-8 bytes), encoded as the spec says. */
export async function computeHmac(
  spec: Pick<HmacSigningSpec, "algorithm" | "encoding">,
  secret: string,
  message: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const hash = HASHES[spec.algorithm];
  if (hash === undefined) throw new ApiRequestError(`Unsupported signing algorithm ${JSON.stringify(spec.algorithm)}`);
  const key = await globalThis.crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, message));
  return spec.encoding === "base64" ? encodeBase64(mac) : toHex(mac);
}

/** The headers that sign `request` at time `nowMs`: the date header (when the spec has one) and the signature header. */
export async function signRequest(
  spec: HmacSigningSpec,
  credentials: { readonly keyId: string; readonly secret: string },
  request: SignableRequest,
  nowMs: number,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  let date = request.headers["date"] ?? "";
  if (spec.date !== undefined) {
    date = formatSigningDate(nowMs, spec.date.format);
    headers[spec.date.header.toLowerCase()] = date;
  }
  const signature = await computeHmac(spec, credentials.secret, stringToSign(spec, request, date));
  const filled: Readonly<Record<string, string>> = { keyId: credentials.keyId, signature };
  headers[spec.header.toLowerCase()] = spec.value.replace(
    /\{(keyId|signature)\}/g,
    (_match, name: string) => filled[name]!,
  );
  return headers;
}

function checkConfig(config: SchemeAuth, context: StrategyContext): HmacAuth {
  const given = config as Partial<HmacAuth>;
  if (
    typeof config !== "object" ||
    config === null ||
    typeof given.keyId !== "string" ||
    given.keyId === "" ||
    given.secret === undefined
  ) {
    throw new ApiRequestError(
      `auth.${context.schemeName} must be { keyId, secret } (the spec declares the signature) or { sign }`,
    );
  }
  return config as HmacAuth;
}

async function resolveSecret(input: SecretInput, context: StrategyContext): Promise<string> {
  const value = typeof input === "function" ? await input() : input;
  if (typeof value !== "string" || value === "")
    throw new ApiRequestError(`auth.${context.schemeName}.secret is empty`);
  if (typeof input === "function") context.secrets.addRotating(value);
  return value;
}

/** The strategy of a scheme whose signature the spec declares, configured with `{ keyId, secret }`. */
export function hmacSigningStrategy(spec: HmacSigningSpec, config: SchemeAuth, context: StrategyContext): AuthStrategy {
  const { keyId, secret, now } = checkConfig(config, context);
  if (typeof secret === "string") context.secrets.addFixed(secret);
  const clock = now ?? Date.now;
  let offsetMs = 0;
  const onUnauthorized: UnauthorizedHandler = async (_signal, response) => {
    if (spec.date === undefined) return false;
    const serverTime = Date.parse(response?.headers.get("date") ?? "");
    if (Number.isNaN(serverTime) || Math.abs(serverTime - (clock() + offsetMs)) <= SKEW_TOLERANCE_MS) return false;
    offsetMs = serverTime - clock();
    return true;
  };
  return {
    apply: async () => onUnauthorized,
    sign: async (request) =>
      signRequest(spec, { keyId, secret: await resolveSecret(secret, context) }, request, clock() + offsetMs),
  };
}
