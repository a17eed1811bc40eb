/**
 * Site Stacker's HMAC check, as the API authentication guide describes it: `Authorization: HMAC <AccessKeyId>:<Signature>`,
 * the signature being hex HMAC-SHA256 (key = secret) of `VERB\nContent-Type\nDate`, the date taken from `ss-date` when
 * present, else `Date`, in an RFC 2616 format and within 5 minutes of the server's clock.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { fail, type Reply } from "./mock-http.js";

/** An API key pair of a user. */
export interface ApiKey {
  readonly keyId: string;
  readonly secret: string;
  /** A suspended account: requests are answered 403. */
  readonly suspended?: boolean;
}

/** The largest clock difference the server accepts. */
export const MAX_SKEW_MS = 5 * 60_000;

const AUTHORIZATION = /^HMAC ([^:\s]+):([0-9a-f]{64})$/;
/** RFC 2616 §3.3.1: RFC 1123 (also with a numeric zone, as the guide's examples), RFC 850 and asctime dates. */
const RFC_2616_DATE = [
  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/,
  /^[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
];

/** The string the server signs for a request. */
export function serverStringToSign(method: string, headers: IncomingHttpHeaders): string {
  const date = headers["ss-date"] ?? headers.date ?? "";
  return `${method}\n${headers["content-type"] ?? ""}\n${String(date)}`;
}

/** The signature the server expects from `secret`. */
export function expectedSignature(secret: string, method: string, headers: IncomingHttpHeaders): string {
  return createHmac("sha256", secret).update(serverStringToSign(method, headers)).digest("hex");
}

/** The key that signed the request, or the 401/403 reply. */
export function authenticate(
  method: string,
  headers: IncomingHttpHeaders,
  keys: ReadonlyMap<string, ApiKey>,
  now: number,
): ApiKey | Reply {
  const match = AUTHORIZATION.exec(String(headers.authorization ?? ""));
  if (match === null) return fail(401, "Request not authenticated: the API token is missing or invalid");
  const key = keys.get(match[1]!);
  if (key === undefined) return fail(401, "Request not authenticated: unknown access key");
  const date = String(headers["ss-date"] ?? headers.date ?? "");
  if (!RFC_2616_DATE.some((format) => format.test(date)) || Number.isNaN(Date.parse(date))) {
    return fail(401, "Request not authenticated: the Date or ss-date header must be an RFC 2616 date");
  }
  if (Math.abs(Date.parse(date) - now) > MAX_SKEW_MS) {
    return fail(401, "RequestTimeTooSkewed: the difference between the request time and the current time is too large");
  }
  const want = Buffer.from(expectedSignature(key.secret, method, headers), "hex");
  if (!timingSafeEqual(want, Buffer.from(match[2]!, "hex")))
    return fail(401, "Request not authenticated: the signature does not match");
  if (key.suspended === true) return fail(403, "Request not authorized: the account was suspended");
  return key;
}
