/**
 * The mock's side of the app credentials: RFC 4648 base32 and RFC 6238 TOTP (HMAC-SHA256, 8 digits, 30 s) with
 * node:crypto, written independently of the client runtime so the two check each other.
 */
import { createHmac } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Base32 text → bytes. */
export function base32Bytes(text: string): Buffer {
  let bits = "";
  for (const char of text.replace(/=+$/, "").toUpperCase()) bits += ALPHABET.indexOf(char).toString(2).padStart(5, "0");
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The 8-digit code of the 30-second step that `ms` falls in. */
export function totpAt(secret: string, ms: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 1000 / 30)));
  const mac = createHmac("sha256", base32Bytes(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** 8).padStart(8, "0");
}

/** True when `code` is the code of the current step or the one before or after (clock drift). */
export function acceptsTotp(secret: string, code: string, nowMs: number): boolean {
  return [-30_000, 0, 30_000].some((delta) => totpAt(secret, nowMs + delta) === code);
}

/** `Authorization: Basic …` split at every colon, or undefined when it is not basic. */
export function basicParts(header: string | undefined): string[] | undefined {
  if (header === undefined || !/^Basic /i.test(header)) return undefined;
  return Buffer.from(header.slice(6), "base64").toString("utf8").split(":");
}
