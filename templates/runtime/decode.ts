// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Decoding response bodies by Content-Type: JSON (incl. `+json`), NDJSON, XML, text, binary, streams, empty. */

import type { Codecs } from "./codec.js";
import { isJsonMediaType } from "./encode.js";
import { ApiDecodeError, ApiError, ApiResponseTooLargeError, type ApiErrorContext } from "./errors.js";
import { parseJsonSafely } from "./json.js";
import type { HttpMethod, ResponseSpec } from "./operation.js";
import type { shapeForStatus, wrapSingleItems } from "./single-item-arrays.js";
import { assertDeclaredLength, decodeText, guardStream, readBodyBytes, type StreamErrorMapper } from "./read-body.js";

/** How a response body is turned into the value the caller receives. */
export type DecodeKind = "empty" | "json" | "ndjson" | "xml" | "text" | "binary" | "stream";

/**
 * Optional decoding features (`ClientFeatures.decoding`), passed only by clients whose spec uses them: NDJSON
 * responses (without it an NDJSON body is handed over as a stream), HTML error pages as text (`errorText`), and
 * single-item arrays and per-status error shapes (`x-specforge-single-item-arrays`, XML error bodies).
 */
export interface DecodeFeatures {
  readonly ndjson?: ((stream: ReadableStream<Uint8Array>) => AsyncIterable<unknown>) | undefined;
  readonly htmlErrorText?: ((text: string, contentType: string | null) => string) | undefined;
  readonly singleItemArrays?:
    { readonly wrap: typeof wrapSingleItems; readonly shapeForStatus: typeof shapeForStatus } | undefined;
}

/** Everything a decoder needs. */
export interface DecodeInput {
  readonly response: Response;
  readonly spec: ResponseSpec;
  readonly limit: number | undefined;
  readonly codecs: Codecs;
  readonly features: DecodeFeatures;
  readonly context: ApiErrorContext;
  /** Types failures that happen after the body was handed to the caller (streams, NDJSON). */
  readonly mapStreamError: StreamErrorMapper;
}

type Decoder = (input: DecodeInput) => Promise<unknown>;

const NDJSON_TYPES = new Set([
  "application/x-ndjson",
  "application/ndjson",
  "application/jsonl",
  "application/jsonlines",
  "application/x-jsonlines",
]);
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

/**
 * Largest body the runtime reads whole to parse (JSON, XML, text, error bodies) when `maxResponseBytes` is not set:
 * a compressed "bomb" or an endless body from a hostile server cannot exhaust memory by default.
 */
export const DEFAULT_MAX_PARSED_BYTES = 64 * 1024 * 1024;

async function readText(input: DecodeInput): Promise<string> {
  return decodeText(
    await readBodyBytes(input.response, input.limit ?? DEFAULT_MAX_PARSED_BYTES, input.context),
    input.response.headers.get("content-type"),
  );
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

/** `value` with one-item arrays restored where `shape` says (only with the `singleItemArrays` feature). */
function wrapArrays(value: unknown, shape: Parameters<typeof wrapSingleItems>[1], input: DecodeInput): unknown {
  const arrays = input.features.singleItemArrays;
  return arrays === undefined || shape === undefined ? value : arrays.wrap(value, shape);
}

/** One decoder per kind. */
const DECODERS: Readonly<Record<DecodeKind, Decoder>> = {
  empty: async (input) => {
    await input.response.body?.cancel().catch(() => undefined);
    return undefined;
  },
  json: async (input) => {
    const text = await readText(input);
    return text.trim() === ""
      ? undefined
      : wrapDecode("JSON", input, () => wrapArrays(parseJsonSafely(text), input.spec.jsonArrays, input));
  },
  ndjson: async (input) =>
    input.features.ndjson === undefined ? handOver(input) : input.features.ndjson(handOver(input)),
  xml: async (input) => {
    const codec = input.codecs.xml;
    if (codec === undefined)
      throw new ApiDecodeError(`Received XML but the client has no XML codec (codecs.xml)`, input.context);
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

/** An XML error body decoded with the client's codec (in its declared shape when there is one); the text when that fails. */
function decodeXmlError(text: string, input: DecodeInput): unknown {
  const codec = input.codecs.xml;
  if (codec === undefined) return text;
  try {
    return (
      codec.decode(text, input.features.singleItemArrays?.shapeForStatus(input.spec.errorXml, input.response.status)) ??
      text
    );
  } catch {
    return text;
  }
}

/**
 * Reads an error body for `ApiStatusError.body`: parsed JSON when it is JSON, decoded XML when it is XML and the
 * client has an XML codec, else text; `undefined` when empty or over the size limit.
 */
export async function readErrorBody(input: DecodeInput): Promise<unknown> {
  let text: string;
  try {
    text = await readText(input);
  } catch (error) {
    if (error instanceof ApiResponseTooLargeError) return undefined;
    throw error;
  }
  if (text.trim() === "") return undefined;
  if (input.spec.errorText === true && input.features.htmlErrorText !== undefined)
    return input.features.htmlErrorText(text, input.response.headers.get("content-type"));
  const kind = mediaKind(input.response.headers.get("content-type") ?? "");
  if (kind === "xml") return decodeXmlError(text, input);
  if (kind !== "json") return text;
  try {
    const arrays = input.features.singleItemArrays;
    return wrapArrays(
      parseJsonSafely(text),
      arrays?.shapeForStatus(input.spec.errorJsonArrays, input.response.status),
      input,
    );
  } catch {
    return text;
  }
}
