// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Downloading a file whose size and MD5 an API published, checked while the bytes stream through. */

import { ApiAbortedError, ApiConnectionError, ApiError, nameErrorClasses, type ApiErrorContext } from "./errors.js";
import type { FetchLike } from "./execute.js";
import { Md5 } from "./md5.js";
import { decodeText } from "./read-body.js";
import { redactUrl } from "./redact.js";
import { createStatusError } from "./status-errors.js";

/** What the API says about the file. */
export interface VerifiedDownloadSource {
  /** Where to get it (a temporary link; it is fetched without the client's credentials). */
  readonly url: string;
  /** Size in bytes. */
  readonly size?: number | undefined;
  /** MD5 as hex (either case). */
  readonly md5?: string | undefined;
}

export interface VerifiedDownloadOptions {
  /** `fetch` implementation (default `globalThis.fetch`). */
  readonly fetch?: FetchLike | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** The downloaded bytes do not match the published size or MD5 (a truncated, padded or corrupted download). */
export class ApiIntegrityError extends ApiError {
  /** Which check failed. */
  readonly check: "size" | "md5";
  readonly expected: string;
  readonly actual: string;

  constructor(check: "size" | "md5", expected: string, actual: string, context: ApiErrorContext) {
    super(`Download ${check} mismatch: expected ${expected}, got ${actual}`, context);
    this.check = check;
    this.expected = expected;
    this.actual = actual;
  }
}

nameErrorClasses({ ApiIntegrityError });

/**
 * Starts the download and returns its body as a stream that errors with `ApiIntegrityError` as soon as more bytes than
 * `size` arrive, or at the end when the size or the MD5 differ — so a consumer that writes the stream to disk sees the
 * failure before it trusts the file. A non-2xx answer is an `ApiStatusError`.
 */
export async function downloadVerified(
  source: VerifiedDownloadSource,
  options: VerifiedDownloadOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const context: ApiErrorContext = { method: "GET", url: redactUrl(source.url) };
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await fetchImpl(source.url, { method: "GET", signal: options.signal ?? null, redirect: "follow" });
  } catch (error) {
    if (options.signal?.aborted === true)
      throw new ApiAbortedError("The download was aborted", { ...context, cause: error });
    throw new ApiConnectionError(`Could not download ${context.url}`, { ...context, cause: error });
  }
  if (!response.ok) {
    const body = decodeText(
      new Uint8Array(await response.arrayBuffer().catch(() => new ArrayBuffer(0))),
      response.headers.get("content-type"),
    );
    throw createStatusError({ ...context, status: response.status, headers: response.headers, body });
  }
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return body.pipeThrough(checkingStream(source, context));
}

function checkingStream(
  source: VerifiedDownloadSource,
  context: ApiErrorContext,
): TransformStream<Uint8Array, Uint8Array> {
  const hash = source.md5 === undefined ? undefined : new Md5();
  let received = 0;
  const sizeError = (actual: number) =>
    new ApiIntegrityError("size", `${source.size} bytes`, `${actual} bytes`, context);
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      received += chunk.byteLength;
      if (source.size !== undefined && received > source.size) {
        controller.error(sizeError(received));
        return;
      }
      hash?.update(chunk);
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (source.size !== undefined && received !== source.size) {
        controller.error(sizeError(received));
        return;
      }
      const actual = hash?.hex();
      if (actual !== undefined && actual !== source.md5!.toLowerCase())
        controller.error(new ApiIntegrityError("md5", source.md5!.toLowerCase(), actual, context));
    },
  });
}
