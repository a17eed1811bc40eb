/** The runtime's MD5 against RFC 1321's test suite and Node's crypto, fed in chunks of every awkward size. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Md5, md5Hex } from "../../templates/runtime/md5.js";

/** RFC 1321 appendix A.5. */
const RFC_1321: [string, string][] = [
  ["", "d41d8cd98f00b204e9800998ecf8427e"],
  ["a", "0cc175b9c0f1b6a831c399e269772661"],
  ["abc", "900150983cd24fb0d6963f7d28e17f72"],
  ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
  ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
  ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
  [
    "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
    "57edf4a22be3c955ac49da2e2107b67a",
  ],
];

function bytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 131 + 7) & 255);
}

describe("md5", () => {
  it.each(RFC_1321)("RFC 1321: MD5(%j)", (input, want) => {
    expect(md5Hex(input)).toBe(want);
  });

  it("matches Node's crypto around the padding boundaries (55, 56, 63, 64, 119, 120 bytes …)", () => {
    for (let length = 0; length <= 200; length++) {
      const data = bytes(length);
      expect(md5Hex(data), `length ${length}`).toBe(createHash("md5").update(data).digest("hex"));
    }
  });

  it("gives the same digest whatever the chunk sizes", () => {
    const data = bytes(100_003);
    const want = createHash("md5").update(data).digest("hex");
    for (const size of [1, 3, 63, 64, 65, 4096, 65_536]) {
      const hash = new Md5();
      for (let i = 0; i < data.length; i += size) hash.update(data.subarray(i, i + size));
      expect(hash.hex(), `chunks of ${size}`).toBe(want);
    }
  });

  it("refuses updates after the digest and repeats the digest", () => {
    const hash = new Md5().update(new TextEncoder().encode("abc"));
    expect(hash.hex()).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(hash.hex()).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(() => hash.update(new Uint8Array(1))).toThrow(/after digest/);
  });
});
