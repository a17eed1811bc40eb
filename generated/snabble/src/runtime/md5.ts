// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Incremental MD5 (RFC 1321), for checking downloads against the checksums APIs publish. WebCrypto has no MD5, and
 * the runtime takes no dependencies. Not for security: MD5 only detects accidental corruption.
 * @see https://www.rfc-editor.org/rfc/rfc1321
 */

/** Left-rotation amount of each of the 64 steps. */
const SHIFTS = Uint8Array.from(
  { length: 64 },
  (_, i) => [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21][(i >> 4) * 4 + (i % 4)]!,
);
/** Message word each step reads. */
const WORDS = Uint8Array.from({ length: 64 }, (_, i) => [i, (5 * i + 1) % 16, (3 * i + 5) % 16, (7 * i) % 16][i >> 4]!);
/** K[i] = floor(2^32 · |sin(i + 1)|), as 32-bit integers. */
const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);
/** Scratch space for the 16 message words of the block being compressed. */
const M = new Int32Array(16);

/** An MD5 computation fed chunk by chunk. */
export class Md5 {
  readonly #state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  readonly #block = new Uint8Array(64);
  #blockLength = 0;
  #total = 0;
  #done = false;

  /** Adds bytes; chunks may have any size. */
  update(bytes: Uint8Array): this {
    if (this.#done) throw new Error("Md5: update after digest");
    this.#total += bytes.byteLength;
    let offset = 0;
    if (this.#blockLength > 0) {
      const take = Math.min(64 - this.#blockLength, bytes.byteLength);
      this.#block.set(bytes.subarray(0, take), this.#blockLength);
      this.#blockLength += take;
      offset = take;
      if (this.#blockLength < 64) return this;
      compress(this.#state, this.#block, 0);
      this.#blockLength = 0;
    }
    for (; offset + 64 <= bytes.byteLength; offset += 64) compress(this.#state, bytes, offset);
    this.#block.set(bytes.subarray(offset), 0);
    this.#blockLength = bytes.byteLength - offset;
    return this;
  }

  /** The digest as 32 lower-case hex digits; the object cannot be updated afterwards. */
  hex(): string {
    if (!this.#done) this.#finish();
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    this.#state.forEach((word, i) => view.setInt32(i * 4, word, true));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  #finish(): void {
    const bits = this.#total * 8;
    const padding = new Uint8Array((this.#blockLength < 56 ? 56 : 120) - this.#blockLength + 8);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    view.setUint32(padding.length - 8, bits >>> 0, true);
    view.setUint32(padding.length - 4, Math.floor(bits / 2 ** 32) >>> 0, true);
    this.update(padding);
    this.#done = true;
  }
}

/** MD5 of a whole byte array (or UTF-8 text) as hex. */
export function md5Hex(data: Uint8Array | string): string {
  return new Md5().update(typeof data === "string" ? new TextEncoder().encode(data) : data).hex();
}

/** One 64-byte block at `offset` into the state (RFC 1321 §3.4), in 32-bit integer arithmetic without allocations. */
function compress(state: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0, o = offset; i < 16; i++, o += 4)
    M[i] = bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24);
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  // Four rounds of 16 steps, each round with its own mixing function.
  for (let i = 0; i < 16; i++) {
    const sum = (a + ((b & c) | (~b & d)) + K[i]! + M[WORDS[i]!]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + rotate(sum, SHIFTS[i]!)) | 0;
  }
  for (let i = 16; i < 32; i++) {
    const sum = (a + ((d & b) | (~d & c)) + K[i]! + M[WORDS[i]!]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + rotate(sum, SHIFTS[i]!)) | 0;
  }
  for (let i = 32; i < 48; i++) {
    const sum = (a + (b ^ c ^ d) + K[i]! + M[WORDS[i]!]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + rotate(sum, SHIFTS[i]!)) | 0;
  }
  for (let i = 48; i < 64; i++) {
    const sum = (a + (c ^ (b | ~d)) + K[i]! + M[WORDS[i]!]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + rotate(sum, SHIFTS[i]!)) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
}

function rotate(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}
