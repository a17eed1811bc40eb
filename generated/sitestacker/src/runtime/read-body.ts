// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Reading response bodies with an optional byte limit (`maxResponseBytes`), counted while streaming. */

import { ApiResponseTooLargeError, type ApiErrorContext } from "./errors.js";

/** Fails fast when `Content-Length` already announces more than the limit. */
export function assertDeclaredLength(response: Response, limit: number | undefined, context: ApiErrorContext): void {
  if (limit === undefined) return;
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    throw new ApiResponseTooLargeError(limit, context);
  }
}

/** Reads the whole body, cancelling the stream and throwing `ApiResponseTooLargeError` once more than `limit` bytes arrived. */
export async function readBodyBytes(
  response: Response,
  limit: number | undefined,
  context: ApiErrorContext,
): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredLength(response, limit, context);
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  // Uncompressed with a declared length within the limit: HTTP framing ends the body there, so read it whole.
  if (
    limit !== undefined &&
    response.headers.get("content-length") !== null &&
    response.headers.get("content-encoding") === null
  ) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > limit) throw new ApiResponseTooLargeError(limit, context);
    return whole;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (limit !== undefined && total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ApiResponseTooLargeError(limit, context);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Maps a failure while the caller reads a handed-over body (abort, broken connection) to a typed error. */
export type StreamErrorMapper = (error: unknown) => Error;

/**
 * Wraps a body handed to the caller: errors with `ApiResponseTooLargeError` past `limit` bytes, turns read
 * failures into typed errors via `mapError`, and cancels the underlying body when the caller cancels.
 */
export function guardStream(
  stream: ReadableStream<Uint8Array>,
  options: {
    readonly limit: number | undefined;
    readonly context: ApiErrorContext;
    readonly mapError: StreamErrorMapper;
  },
): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        controller.error(options.mapError(error));
        return;
      }
      if (chunk.done) {
        controller.close();
        return;
      }
      total += chunk.value.byteLength;
      if (options.limit !== undefined && total > options.limit) {
        controller.error(new ApiResponseTooLargeError(options.limit, options.context));
        await reader.cancel().catch(() => undefined);
        return;
      }
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** Decodes bytes as text using the Content-Type charset when the platform knows it, else UTF-8. */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? "")?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
