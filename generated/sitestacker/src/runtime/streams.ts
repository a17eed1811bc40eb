// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Small helpers around web streams that work on every platform (Node ≥ 20, browsers, Deno, Bun, workers). */

let requestStreamsSupported: boolean | undefined;

/** True when `fetch` accepts a `ReadableStream` request body (`duplex: "half"`); feature-detected once. */
export function supportsRequestStreams(): boolean {
  if (requestStreamsSupported !== undefined) return requestStreamsSupported;
  let duplexAccessed = false;
  try {
    const init = {
      method: "POST",
      body: new ReadableStream(),
      get duplex() {
        duplexAccessed = true;
        return "half";
      },
    };
    const hasContentType = new Request("http://localhost/", init as RequestInit).headers.has("Content-Type");
    requestStreamsSupported = duplexAccessed && !hasContentType;
  } catch {
    requestStreamsSupported = false;
  }
  return requestStreamsSupported;
}

/** True for web `ReadableStream`s. */
export function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}

/** Reads a whole byte stream into a `Blob` (for platforms or formats that cannot stream a request body). */
export async function bufferStream(stream: ReadableStream<Uint8Array>, type = ""): Promise<Blob> {
  const blob = await new Response(stream).blob();
  return type === "" ? blob : new Blob([blob], { type });
}

/** True for values `Uint8Array` can view directly (`ArrayBuffer` or any typed array / `DataView`). */
export function isBinaryData(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** Copies binary data into a fresh `Uint8Array` backed by its own `ArrayBuffer` (accepted by `Blob` everywhere). */
export function toBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array<ArrayBuffer> {
  const view =
    value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy;
}
