/** The README's note and example for a scheme whose HMAC signature the spec declares (`x-specforge-signing: {…}`). */
import type { SecurityScheme } from "../normalize/ir.js";
import type { HmacSigningData, SigningPartData } from "../runtime-data/security-data.js";
import { codeSpan } from "./readme-markdown.js";

/** The declared signature of a scheme, or undefined when the user supplies a signing hook. */
export function hmacOf(scheme: SecurityScheme): HmacSigningData | undefined {
  return scheme.spec.type === "signature" ? scheme.spec.hmac : undefined;
}

/** The smallest working `auth` entry of a declared signature. */
export const HMAC_QUICK_CONFIG = `{ keyId: "my-key-id", secret: "my-secret-key" }`;

const PART_TEXTS = { method: "the method", path: "the path", query: "the query", date: "the date", body: "the body" };

function partText(part: SigningPartData): string {
  return typeof part === "object" ? `the ${codeSpan(part.header)} header` : PART_TEXTS[part];
}

/** What the client computes, in one paragraph. */
export function hmacNote(hmac: HmacSigningData): string {
  const parts = hmac.stringToSign.map(partText).join(", ");
  const separator = JSON.stringify(hmac.separator ?? "\n");
  const algorithm = hmac.algorithm.replace(/^hmac-/, "HMAC-").toUpperCase();
  const date = hmac.date?.header
    ? ` The date is the time of each attempt, sent in ${codeSpan(hmac.date.header)} (${hmac.date.format ?? "http-date"}); after a 401 whose \`Date\` is more than 30 s away from your clock, the client adopts the server's clock once and signs again (pass \`now\` to supply your own clock).`
    : "";
  return [
    `The client signs every attempt itself: ${algorithm} with your ${codeSpan("secret")} over ${parts} (joined by ${codeSpan(separator)}), written as ${hmac.encoding ?? "hex"} into ${codeSpan(`${hmac.header}: ${hmac.value}`)}.${date}`,
    "The secret never appears in error messages. To sign differently, pass `{ sign }` instead (a hook that gets the final method, URL, headers and body bytes and returns headers).",
  ].join(" ");
}
