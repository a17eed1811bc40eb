// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Newline-delimited JSON: request bodies from arrays or (async) iterables, responses as an async iterable. */

import { ApiDecodeError, ApiRequestError, ApiResponseTooLargeError } from "./errors.js";
import { parseJsonSafely } from "./json.js";
import { supportsRequestStreams } from "./streams.js";

/** A prepared NDJSON body: text when buffered, a byte stream when the platform can stream uploads. */
export interface NdjsonBody {
  readonly body: string | ReadableStream<Uint8Array>;
  readonly streaming: boolean;
}

function toLine(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new ApiRequestError("NDJSON items must be JSON-serializable");
  return `${json}\n`;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.iterator in value;
}

/** Arrays are written at once; other iterables stream (`duplex: "half"`) where supported and are buffered otherwise. */
export async function encodeNdjsonBody(value: unknown): Promise<NdjsonBody> {
  if (Array.isArray(value)) return { body: value.map(toLine).join(""), streaming: false };
  if (!isAsyncIterable(value) && !isIterable(value)) {
    throw new ApiRequestError("An NDJSON body must be an array or an (async) iterable");
  }
  if (supportsRequestStreams()) return { body: streamLines(value), streaming: true };
  let text = "";
  for await (const item of value) text += toLine(item);
  return { body: text, streaming: false };
}

function streamLines(source: AsyncIterable<unknown> | Iterable<unknown>): ReadableStream<Uint8Array> {
  const iterator = isAsyncIterable(source) ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(toLine(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Longest NDJSON line (one JSON value, in characters) held while waiting for its end; a server cannot grow one forever. */
export const MAX_NDJSON_LINE_CHARS = 64 * 1024 * 1024;

/** Parses a byte stream of NDJSON lazily; breaking out of `for await` cancels the body. Blank lines are skipped. */
export function parseNdjson<T = unknown>(stream: ReadableStream<Uint8Array>): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      let partial = "";
      let finished = false;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          // Only the new text is searched for line ends, so a long line arriving in small chunks stays linear.
          const lines = (done ? decoder.decode() : decoder.decode(value, { stream: true })).split("\n");
          lines[0] = partial + lines[0];
          partial = done ? "" : (lines.pop() ?? "");
          if (partial.length > MAX_NDJSON_LINE_CHARS) throw new ApiResponseTooLargeError(MAX_NDJSON_LINE_CHARS);
          for (const line of lines) if (line.trim() !== "") yield parseLine(line) as T;
          if (done) break;
        }
        finished = true;
      } finally {
        if (!finished) await reader.cancel().catch(() => undefined);
        reader.releaseLock();
      }
    },
  };
}

function parseLine(line: string): unknown {
  try {
    return parseJsonSafely(line);
  } catch (error) {
    throw new ApiDecodeError(`Malformed NDJSON line: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
