/** TOTP (RFC 6238) and HOTP (RFC 4226) against the RFCs' test vectors, and base32 secrets (RFC 4648). */
import { describe, expect, it } from "vitest";
import { ApiRequestError, decodeBase32, generateHotp, generateTotp } from "../../templates/runtime/index.js";
import { totpCounter } from "../../templates/runtime/totp.js";

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
/** RFC 6238 Appendix B seeds: the ASCII digits repeated to the hash's block size. */
const SEEDS = {
  "SHA-1": ascii("12345678901234567890"),
  "SHA-256": ascii("12345678901234567890123456789012"),
  "SHA-512": ascii("1234567890123456789012345678901234567890123456789012345678901234"),
} as const;

describe("generateTotp: RFC 6238 Appendix B (8 digits, 30 s)", () => {
  it.each([
    [59, "SHA-1", "94287082"],
    [59, "SHA-256", "46119246"],
    [59, "SHA-512", "90693936"],
    [1111111109, "SHA-1", "07081804"],
    [1111111109, "SHA-256", "68084774"],
    [1111111109, "SHA-512", "25091201"],
    [1111111111, "SHA-1", "14050471"],
    [1111111111, "SHA-256", "67062674"],
    [1111111111, "SHA-512", "99943326"],
    [1234567890, "SHA-1", "89005924"],
    [1234567890, "SHA-256", "91819424"],
    [1234567890, "SHA-512", "93441116"],
    [2000000000, "SHA-1", "69279037"],
    [2000000000, "SHA-256", "90698825"],
    [2000000000, "SHA-512", "38618901"],
    [20000000000, "SHA-1", "65353130"],
    [20000000000, "SHA-256", "77737706"],
    [20000000000, "SHA-512", "47863826"],
  ] as const)("T=%i %s → %s", async (seconds, algorithm, want) => {
    expect(await generateTotp(SEEDS[algorithm], seconds * 1000, { algorithm, digits: 8, period: 30 })).toBe(want);
  });
});

describe("generateHotp: RFC 4226 Appendix D (SHA-1, 6 digits)", () => {
  const want = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  it.each(want.map((code, counter) => [counter, code] as const))("counter %i → %s", async (counter, code) => {
    expect(await generateHotp(SEEDS["SHA-1"], counter)).toBe(code);
  });

  it("handles counters beyond 32 bits", async () => {
    const high = await generateHotp(SEEDS["SHA-1"], 2 ** 32 + 1);
    expect(high).toMatch(/^\d{6}$/);
    expect(high).not.toBe(await generateHotp(SEEDS["SHA-1"], 1));
  });
});

describe("decodeBase32", () => {
  it.each([
    ["", ""],
    ["MY======", "f"],
    ["MZXQ====", "fo"],
    ["MZXW6===", "foo"],
    ["MZXW6YQ=", "foob"],
    ["MZXW6YTB", "fooba"],
    ["MZXW6YTBOI======", "foobar"],
    ["mzxw 6ytb-oi", "foobar"],
    ["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "12345678901234567890"],
  ])("%j → %j (RFC 4648 §10)", (text, want) => {
    expect(new TextDecoder().decode(decodeBase32(text))).toBe(want);
  });

  it("rejects characters outside the alphabet", () => {
    expect(() => decodeBase32("MZ1W")).toThrow(ApiRequestError);
  });

  it("gives the same code as the raw seed", async () => {
    const fromBase32 = await generateTotp(decodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), 59_000, { digits: 8 });
    expect(fromBase32).toBe("94287082");
  });
});

describe("parameters", () => {
  it("defaults to SHA-1, 6 digits and 30 s steps", async () => {
    expect(await generateTotp(SEEDS["SHA-1"], 59_000)).toBe("287082");
    expect(totpCounter(59_999)).toBe(1);
    expect(totpCounter(60_000)).toBe(2);
    expect(totpCounter(60_000, 60)).toBe(1);
  });

  it.each([
    [{ digits: 0 }, "digits"],
    [{ digits: 11 }, "digits"],
    [{ period: 0 }, "period"],
    [{ algorithm: "MD5" as "SHA-1" }, "algorithm"],
  ])("rejects %j", async (params, what) => {
    await expect(generateTotp(SEEDS["SHA-1"], 0, params)).rejects.toThrow(new RegExp(what, "i"));
  });

  it("rejects an empty key and a negative time", async () => {
    await expect(generateTotp(new Uint8Array(), 0)).rejects.toThrow(ApiRequestError);
    await expect(generateTotp(SEEDS["SHA-1"], -1)).rejects.toThrow(ApiRequestError);
  });
});
