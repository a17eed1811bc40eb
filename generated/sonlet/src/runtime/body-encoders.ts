// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The request body encoders besides JSON, one export each, so a client bundles only those its spec uses. */

import { encodeJson, fixedBody, type BodyEncoder, type BodyEncoders, type PreparedBody } from "./bodies.js";
import { ApiRequestError } from "./errors.js";
import { encodeFormBody } from "./form.js";
import { encodeMultipartBody } from "./multipart.js";
import { encodeNdjsonBody } from "./ndjson.js";
import { bufferStream, isBinaryData, isReadableStream, supportsRequestStreams } from "./streams.js";

/** `application/x-www-form-urlencoded` bodies. */
export const encodeForm: BodyEncoder = (value, variant) => fixedBody(encodeFormBody(value, variant), variant.mediaType);

/** `multipart/form-data` bodies (random boundary). */
export const encodeMultipart: BodyEncoder = async (value, variant) => {
  const { body, contentType } = await encodeMultipartBody(value, variant);
  return fixedBody(body, contentType);
};

/** XML bodies through the client's XML codec. */
export const encodeXml: BodyEncoder = (value, variant, codecs) => {
  if (codecs.xml === undefined) {
    throw new ApiRequestError(
      `No XML codec: construct the client with { codecs: { xml: xmlCodec } } from "./runtime/xml.js"`,
    );
  }
  return fixedBody(codecs.xml.encode(value, variant.xml), variant.mediaType);
};

/** Text bodies (strings, numbers, booleans). */
export const encodeText: BodyEncoder = (value, variant) => {
  if (typeof value === "string") return fixedBody(value, variant.mediaType);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return fixedBody(String(value), variant.mediaType);
  throw new ApiRequestError("A text body must be a string");
};

/** Binary bodies: Blob, buffers, typed arrays, strings and streams (buffered where fetch cannot stream uploads). */
export const encodeBinary: BodyEncoder = async (value, variant): Promise<PreparedBody> => {
  const mediaType = variant.mediaType;
  const declared = mediaType.includes("*") ? undefined : mediaType;
  if (value instanceof Blob) return fixedBody(value, declared ?? (value.type || "application/octet-stream"));
  const contentType = declared ?? "application/octet-stream";
  if (isBinaryData(value) || typeof value === "string") return fixedBody(value as BodyInit, contentType);
  if (isReadableStream(value)) {
    if (supportsRequestStreams()) return { body: value, contentType, replayable: false, streaming: true };
    return fixedBody(await bufferStream(value), contentType);
  }
  throw new ApiRequestError("A binary body must be a Blob, ArrayBuffer, typed array, ReadableStream or string");
};

/** NDJSON bodies from arrays or (async) iterables; iterables stream and are never retried. */
export const encodeNdjson: BodyEncoder = async (value, variant) => {
  const { body, streaming } = await encodeNdjsonBody(value);
  return { body, contentType: variant.mediaType, replayable: !streaming, streaming };
};

/** Every encoder (what `ApiClient` uses). */
export const ALL_BODY_ENCODERS: BodyEncoders = {
  json: encodeJson,
  form: encodeForm,
  multipart: encodeMultipart,
  xml: encodeXml,
  text: encodeText,
  binary: encodeBinary,
  ndjson: encodeNdjson,
};
