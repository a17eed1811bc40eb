// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `multipart/*` bodies built by the runtime (so every part gets the Content-Type the spec declares). @see https://www.rfc-editor.org/rfc/rfc7578 */

import { ownValue } from "./own.js";
import { isJsonMediaType, isPlainObject, scalarToText } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import { assertSafeHeader } from "./headers.js";
import type { BodyVariant, PropertyEncoding } from "./operation.js";
import { bufferStream, isBinaryData, isReadableStream, toBytes } from "./streams.js";

interface Part {
  readonly filename?: string;
  readonly contentType?: string;
  readonly content: BlobPart;
}

type PartKind = "file" | "bytes" | "stream" | "json" | "text";
type PartBuilder = (value: unknown, encoding: PropertyEncoding | undefined) => Part | Promise<Part>;

const OCTET_STREAM = "application/octet-stream";

/** One builder per kind of value a part can hold. */
const PART_BUILDERS: Readonly<Record<PartKind, PartBuilder>> = {
  file: (value, encoding) => blobPart(value as Blob, encoding),
  bytes: (value, encoding) => blobPart(new Blob([toBytes(value as ArrayBuffer | ArrayBufferView)]), encoding),
  stream: async (value, encoding) => blobPart(await bufferStream(value as ReadableStream<Uint8Array>), encoding),
  json: (value, encoding) => ({
    contentType: concreteType(encoding?.contentType) ?? "application/json",
    content: JSON.stringify(value),
  }),
  text: (value, encoding) => textPart(value, encoding),
};

function partKind(value: unknown): PartKind {
  if (value instanceof Blob) return "file";
  if (isBinaryData(value)) return "bytes";
  if (isReadableStream(value)) return "stream";
  if (isPlainObject(value) || Array.isArray(value)) return "json";
  return "text";
}

function blobPart(blob: Blob, encoding: PropertyEncoding | undefined): Part {
  const filename = typeof File !== "undefined" && blob instanceof File && blob.name !== "" ? blob.name : "blob";
  const contentType = blob.type !== "" ? blob.type : (concreteType(encoding?.contentType) ?? OCTET_STREAM);
  return { filename, contentType, content: blob };
}

function textPart(value: unknown, encoding: PropertyEncoding | undefined): Part {
  const declared = concreteType(encoding?.contentType);
  if (declared !== undefined && isJsonMediaType(declared))
    return { contentType: declared, content: JSON.stringify(value) };
  return declared === undefined
    ? { content: scalarToText(value) }
    : { contentType: declared, content: scalarToText(value) };
}

/** The first specific media type of an Encoding Object `contentType` list (`image/png, image/*`); wildcards give none. */
function concreteType(contentType: string | undefined): string | undefined {
  return contentType
    ?.split(",")
    .map((t) => t.trim())
    .find((t) => t !== "" && !t.includes("*"));
}

/** Escapes a name or filename for a quoted header parameter the way browsers do (`"` CR LF as %22 %0D %0A). */
export function escapeDispositionValue(value: string): string {
  return value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A boundary with 128 random bits from `crypto.getRandomValues`, so part content cannot predict it. */
export function createBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `----specforge${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

function partHeaders(name: string, part: Part): string {
  let disposition = `form-data; name="${escapeDispositionValue(name)}"`;
  if (part.filename !== undefined) disposition += `; filename="${escapeDispositionValue(part.filename)}"`;
  const lines = [`Content-Disposition: ${disposition}`];
  if (part.contentType !== undefined) {
    assertSafeHeader("Content-Type", part.contentType);
    lines.push(`Content-Type: ${part.contentType}`);
  }
  return `${lines.join("\r\n")}\r\n\r\n`;
}

/** Builds the body as a `Blob` (replayable across retries); array properties repeat the part once per item. */
export async function encodeMultipartBody(
  value: unknown,
  variant: BodyVariant,
): Promise<{ body: Blob; contentType: string }> {
  if (!isPlainObject(value)) throw new ApiRequestError(`A ${variant.mediaType} body must be an object`);
  const boundary = createBoundary();
  const chunks: BlobPart[] = [];
  for (const [name, property] of Object.entries(value)) {
    const encoding = ownValue(variant.properties, name);
    const items = Array.isArray(property) ? property : [property];
    for (const item of items) {
      if (item === undefined) continue;
      const part = await PART_BUILDERS[partKind(item)](item, encoding);
      chunks.push(`--${boundary}\r\n${partHeaders(name, part)}`, part.content, "\r\n");
    }
  }
  chunks.push(`--${boundary}--\r\n`);
  const mediaType = (variant.mediaType.split(";")[0] ?? "multipart/form-data").trim();
  return { body: new Blob(chunks), contentType: `${mediaType}; boundary=${boundary}` };
}
