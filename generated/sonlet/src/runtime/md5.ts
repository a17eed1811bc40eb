// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Incremental MD5 (RFC 1321), for checking downloads against the checksums APIs publish. WebCrypto has no MD5, and
 * the runtime takes no dependencies. Not for security: MD5 only detects accidental corruption.
 * @see https://www.rfc-editor.org/rfc/rfc1321
 */

/** Per-round left-rotation amounts. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
/** K[i] = floor(2^32 · |sin(i + 1)|). */
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** An MD5 computation fed chunk by chunk. */
export class Md5 {
  #state = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  readonly #block = new Uint8Array(64);
  #blockLength = 0;
  #total = 0;
  #done = false;

  /** Adds bytes; chunks may have any size. */
  update(bytes: Uint8Array): this {
    if (this.#done) throw new Error("Md5: update after digest");
    this.#total += bytes.byteLength;
    let offset = 0;
    while (offset < bytes.byteLength) {
      const take = Math.min(64 - this.#blockLength, bytes.byteLength - offset);
      this.#block.set(bytes.subarray(offset, offset + take), this.#blockLength);
      this.#blockLength += take;
      offset += take;
      if (this.#blockLength === 64) {
        compress(this.#state, this.#block);
        this.#blockLength = 0;
      }
    }
    return this;
  }

  /** The digest as 32 lower-case hex digits; the object cannot be updated afterwards. */
  hex(): string {
    if (!this.#done) this.#finish();
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    this.#state.forEach((word, i) => view.setUint32(i * 4, word, true));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  #finish(): void {
    const bits = this.#total * 8;
    const padding = new Uint8Array(((this.#blockLength < 56 ? 56 : 120) - this.#blockLength) + 8);
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

function compress(state: Uint32Array, block: Uint8Array): void {
  const view = new DataView(block.buffer, block.byteOffset, 64);
  const m = Array.from({ length: 16 }, (_, i) => view.getUint32(i * 4, true));
  let [a, b, c, d] = [state[0]!, state[1]!, state[2]!, state[3]!];
  for (let i = 0; i < 64; i++) {
    const round = i >> 4;
    let f: number;
    let g: number;
    if (round === 0) [f, g] = [(b & c) | (~b & d), i];
    else if (round === 1) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
    else if (round === 2) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
    else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
    const sum = (a + f + K[i]! + m[g]!) >>> 0;
    const shift = SHIFTS[round * 4 + (i % 4)]!;
    [a, d, c] = [d, c, b];
    b = (b + ((sum << shift) | (sum >>> (32 - shift)))) >>> 0;
  }
  state[0] = (state[0]! + a) >>> 0;
  state[1] = (state[1]! + b) >>> 0;
  state[2] = (state[2]! + c) >>> 0;
  state[3] = (state[3]! + d) >>> 0;
}
