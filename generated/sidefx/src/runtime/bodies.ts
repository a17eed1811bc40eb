// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Picks the request body and media type from the arguments and encodes it by `BodyVariant.encoding`. */

import { ownValue } from "./own.js";
import type { Codecs } from "./codec.js";
import { isPlainObject } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import { encodeFormBody } from "./form.js";
import { encodeJsonTextProperties } from "./json-text.js";
import { encodeMultipartBody } from "./multipart.js";
import { encodeNdjsonBody } from "./ndjson.js";
import type { BodyEncoding, BodyVariant, OperationSpec } from "./operation.js";
import { bufferStream, isBinaryData, isReadableStream, supportsRequestStreams } from "./streams.js";

/** A body ready for `fetch`. */
export interface PreparedBody {
  readonly body: BodyInit;
  readonly contentType: string | undefined;
  /** False for one-shot streams: such a request is never retried. */
  readonly replayable: boolean;
  /** True when `body` is a `ReadableStream` (fetch then needs `duplex: "half"`). */
  readonly streaming: boolean;
}

type BodyEncoder = (value: unknown, variant: BodyVariant, codecs: Codecs) => PreparedBody | Promise<PreparedBody>;

const fixed = (body: BodyInit, contentType: string | undefined): PreparedBody => ({ body, contentType, replayable: true, streaming: false });

/** One encoder per `BodyEncoding`. */
const BODY_ENCODERS: Readonly<Record<BodyEncoding, BodyEncoder>> = {
  json: (value, variant) => fixed(JSON.stringify(value), variant.mediaType),
  form: (value, variant) => fixed(encodeFormBody(value, variant), variant.mediaType),
  multipart: async (value, variant) => {
    const { body, contentType } = await encodeMultipartBody(value, variant);
    return fixed(body, contentType);
  },
  xml: (value, variant, codecs) => {
    if (codecs.xml === undefined) {
      throw new ApiRequestError(`No XML codec: construct the client with { codecs: { xml: xmlCodec } } from "./runtime/xml.js"`);
    }
    return fixed(codecs.xml.encode(value, variant.xml), variant.mediaType);
  },
  text: (value, variant) => fixed(encodeText(value), variant.mediaType),
  binary: (value, variant) => encodeBinary(value, variant.mediaType),
  ndjson: async (value, variant) => {
    const { body, streaming } = await encodeNdjsonBody(value);
    return { body, contentType: variant.mediaType, replayable: !streaming, streaming };
  },
};

function encodeText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  throw new ApiRequestError("A text body must be a string");
}

async function encodeBinary(value: unknown, mediaType: string): Promise<PreparedBody> {
  const declared = mediaType.includes("*") ? undefined : mediaType;
  if (value instanceof Blob) return fixed(value, declared ?? (value.type || "application/octet-stream"));
  const contentType = declared ?? "application/octet-stream";
  if (isBinaryData(value) || typeof value === "string") return fixed(value as BodyInit, contentType);
  if (isReadableStream(value)) {
    if (supportsRequestStreams()) return { body: value, contentType, replayable: false, streaming: true };
    return fixed(await bufferStream(value), contentType);
  }
  throw new ApiRequestError("A binary body must be a Blob, ArrayBuffer, typed array, ReadableStream or string");
}

/** The body value and the variant chosen for one call, or `undefined` when the call sends no body. */
export interface SelectedBody {
  readonly value: unknown;
  readonly variant: BodyVariant;
}

/** Reads the body out of the arguments (`spread` or one key) and picks the media type (`contentTypeKey` or the first). */
export function selectBody(op: OperationSpec, args: Readonly<Record<string, unknown>>): SelectedBody | undefined {
  const spec = op.body;
  if (spec === undefined) return undefined;
  const variant = pickVariant(op, args);
  let value: unknown;
  if (spec.from === "spread") {
    const taken = new Set(op.params.map((p) => p.key));
    if (spec.contentTypeKey !== undefined) taken.add(spec.contentTypeKey);
    const entries = Object.entries(args).filter(([k, v]) => !taken.has(k) && v !== undefined);
    value = entries.length === 0 && !spec.required ? undefined : Object.fromEntries(entries);
  } else {
    value = ownValue(args, spec.from.key);
  }
  if (value === undefined) {
    if (spec.required) throw new ApiRequestError(`Missing required request body (${variant.mediaType})`);
    return undefined;
  }
  return { value, variant };
}

function pickVariant(op: OperationSpec, args: Readonly<Record<string, unknown>>): BodyVariant {
  const spec = op.body;
  const first = spec?.variants[0];
  if (spec === undefined || first === undefined) throw new ApiRequestError(`Operation ${op.method} ${op.path} declares no body media type`);
  const wanted = spec.contentTypeKey === undefined ? undefined : ownValue(args, spec.contentTypeKey);
  if (wanted === undefined) return first;
  const found = spec.variants.find((v) => typeof wanted === "string" && v.mediaType.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) throw new ApiRequestError(`Unsupported request content type ${JSON.stringify(wanted)}`);
  return found;
}

/** Encodes the selected body. */
export async function prepareBody(selected: SelectedBody, codecs: Codecs): Promise<PreparedBody> {
  const { value, variant } = selected;
  if ((variant.encoding === "form" || variant.encoding === "multipart") && !isPlainObject(value)) {
    throw new ApiRequestError(`A ${variant.mediaType} body must be an object`);
  }
  return BODY_ENCODERS[variant.encoding](encodeJsonTextProperties(value, variant), variant, codecs);
}
