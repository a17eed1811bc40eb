/**
 * JWTs as the snabble mock issues and checks them: HS256 over `{sub, project, permissions, role?, iat, exp}`. The
 * client never looks inside; the mock verifies signature, expiry, project and permission on every call.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const KEY = "snabble-mock-signing-key";

export interface Claims {
  readonly sub: string;
  readonly project: string;
  readonly permissions: readonly string[];
  readonly role?: string;
  /** Epoch seconds. */
  readonly iat: number;
  readonly exp: number;
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString("base64url");

/** Signs claims into a compact JWT. */
export function signJwt(claims: Claims): string {
  const head = `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify(claims))}`;
  return `${head}.${b64url(createHmac("sha256", KEY).update(head).digest())}`;
}

/** The claims of a JWT the mock signed, or why it is not acceptable. */
export function verifyJwt(token: string, nowMs: number): Claims | "invalid" | "expired" {
  const [header, payload, signature] = token.split(".");
  if (header === undefined || payload === undefined || signature === undefined) return "invalid";
  const expected = createHmac("sha256", KEY).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Claims;
  return claims.exp * 1000 <= nowMs ? "expired" : claims;
}

/** Every permission the documentation names. */
export const ALL_PERMISSIONS: readonly string[] = [
  "shopsRead",
  "shopsWrite",
  "productsRead",
  "productsWrite",
  "pricingRead",
  "pricingWrite",
  "pricingCategoriesRead",
  "pricingCategoriesWrite",
  "ordersRead",
  "closingRead",
  "closingSchedulesWrite",
  "createClosingSchedulesRead",
  "checkoutRead",
  "setPaymentState",
  "updatePricingCheckoutProcess",
  "supervisor",
];
