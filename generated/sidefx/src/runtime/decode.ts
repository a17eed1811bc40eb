// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Decoding response bodies by Content-Type: JSON (incl. `+json`), NDJSON, XML, text, binary, streams, empty. */

import type { Codecs } from "./codec.js";
import { isJsonMediaType } from "./encode.js";
import { ApiDecodeError, ApiError, ApiResponseTooLargeError, type ApiErrorContext } from "./errors.js";
import { htmlErrorText } from "./html-text.js";
import { parseJsonSafely } from "./json.js";
import { parseNdjson } from "./ndjson.js";
import type { HttpMethod, ResponseSpec } from "./operation.js";
import { assertDeclaredLength, decodeText, guardStream, readBodyBytes, type StreamErrorMapper } from "./read-body.js";

/** How a response body is turned into the value the caller receives. */
export type DecodeKind = "empty" | "json" | "ndjson" | "xml" | "text" | "binary" | "stream";

/** Everything a decoder needs. */
export interface DecodeInput {
  readonly response: Response;
  readonly spec: ResponseSpec;
  readonly limit: number | undefined;
  readonly codecs: Codecs;
  readonly context: ApiErrorContext;
  /** Types failures that happen after the body was handed to the caller (streams, NDJSON). */
  readonly mapStreamError: StreamErrorMapper;
}

type Decoder = (input: DecodeInput) => Promise<unknown>;

const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines"]);
const EMPTY_STATUSES = new Set([204, 205, 304]);

/** The lower-cased `type/subtype` of a media type, without parameters. */
export function mediaEssence(mediaType: string | null | undefined): string {
  return (mediaType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Classifies a media type into the decoder that reads it. */
export function mediaKind(mediaType: string): Exclude<DecodeKind, "empty" | "stream"> {
  const essence = mediaEssence(mediaType);
  if (NDJSON_TYPES.has(essence) || /\+(x-)?ndjson$/.test(essence)) return "ndjson";
  if (isJsonMediaType(essence)) return "json";
  if (essence === "application/xml" || essence === "text/xml" || essence.endsWith("+xml")) return "xml";
  if (essence.startsWith("text/") || essence === "application/x-www-form-urlencoded") return "text";
  return "binary";
}

/**
 * Picks the decoder: empty for HEAD, the caller's stream when `spec.stream`, empty for 204/205/304/`Content-Length: 0`,
 * a Blob when every declared success body is binary (`spec.binary`), else by Content-Type.
 */
export function classifyResponse(response: Response, spec: ResponseSpec, method: HttpMethod): DecodeKind {
  if (method === "HEAD") return "empty";
  if (spec.stream === true) return "stream";
  if (EMPTY_STATUSES.has(response.status) || response.headers.get("content-length") === "0") return "empty";
  if (spec.binary === true) return "binary";
  const contentType = response.headers.get("content-type");
  if (contentType !== null && contentType.trim() !== "") return mediaKind(contentType);
  const declared = spec.accept?.split(",")[0]?.trim();
  return declared !== undefined && declared !== "" && !declared.includes("*") ? mediaKind(declared) : "binary";
}

/** True when the decoded value keeps reading the body after the call resolves (the caller owns it). */
export function isStreamingKind(kind: DecodeKind): boolean {
  return kind === "stream" || kind === "ndjson";
}

async function readText(input: DecodeInput): Promise<string> {
  return decodeText(await readBodyBytes(input.response, input.limit, input.context), input.response.headers.get("content-type"));
}

function wrapDecode<T>(what: string, input: DecodeInput, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiDecodeError(`Could not decode ${what} response body: ${reason}`, { ...input.context, cause: error });
  }
}

function handOver(input: DecodeInput): ReadableStream<Uint8Array> {
  assertDeclaredLength(input.response, input.limit, input.context);
  const body = input.response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return guardStream(body, { limit: input.limit, context: input.context, mapError: input.mapStreamError });
}

/** One decoder per kind. */
const DECODERS: Readonly<Record<DecodeKind, Decoder>> = {
  empty: async (input) => {
    await input.response.body?.cancel().catch(() => undefined);
    return undefined;
  },
  json: async (input) => {
    const text = await readText(input);
    return text.trim() === "" ? undefined : wrapDecode("JSON", input, () => parseJsonSafely(text));
  },
  ndjson: async (input) => parseNdjson(handOver(input)),
  xml: async (input) => {
    const codec = input.codecs.xml;
    if (codec === undefined) throw new ApiDecodeError(`Received XML but the client has no XML codec (codecs.xml)`, input.context);
    const text = await readText(input);
    return wrapDecode("XML", input, () => codec.decode(text, input.spec.xml));
  },
  text: readText,
  binary: async (input) => {
    const bytes = await readBodyBytes(input.response, input.limit, input.context);
    return new Blob([bytes], { type: input.response.headers.get("content-type") ?? "" });
  },
  stream: async (input) => handOver(input),
};

/** Decodes a success body as `kind` says. */
export function decodeBody(kind: DecodeKind, input: DecodeInput): Promise<unknown> {
  return DECODERS[kind](input);
}

/** Reads an error body for `ApiStatusError.body`: parsed JSON when it is JSON, else text; `undefined` when empty or over the size limit. */
export async function readErrorBody(input: DecodeInput): Promise<unknown> {
  let text: string;
  try {
    text = await readText(input);
  } catch (error) {
    if (error instanceof ApiResponseTooLargeError) return undefined;
    throw error;
  }
  if (text.trim() === "") return undefined;
  if (input.spec.errorText === true) return htmlErrorText(text, input.response.headers.get("content-type"));
  if (mediaKind(input.response.headers.get("content-type") ?? "") !== "json") return text;
  try {
    return parseJsonSafely(text);
  } catch {
    return text;
  }
}
