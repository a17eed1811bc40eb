/** Type text for an operation's arguments and result, built from IR type paths. */
import { jsDocBlock, jsDocLines, jsDocText, propertyName, quoteString } from "../naming/literals.js";
import type { Operation, ResponseContent } from "../normalize/ir.js";
import { successContents } from "./operation-spec.js";
import { renderTypePath } from "./type-paths.js";

/** True when the operation takes an argument object at all. */
export function hasArguments(op: Operation): boolean {
  return op.params.length > 0 || op.body !== undefined;
}

/** True when every argument key may be left out (so the argument itself is optional). */
export function argumentsOptional(op: Operation): boolean {
  return op.params.every((p) => !p.required) && (!op.body || (!op.body.required && op.body.from !== "spread"));
}

/** The argument type: one property per parameter, then the body (spread or under its key). */
export function argumentsTypeText(op: Operation): string {
  const members = op.params.map((p) => {
    const tags = p.default === undefined ? [] : [jsDocText(`@default ${JSON.stringify(p.default)}`)];
    const doc = jsDocLines({ description: p.description, deprecated: p.deprecated, tags });
    const comment = doc ? `${jsDocBlock(doc)}\n` : "";
    return `${comment}${propertyName(p.key)}${p.required ? "" : "?"}: Writable<${renderTypePath(p.type)}>;`;
  });
  const body = op.body;
  let bodyPart: string | undefined;
  if (body && body.from === "spread") {
    bodyPart = `Writable<${renderTypePath(body.variants[0]!.type)}>`;
  } else if (body && typeof body.from === "object") {
    const key = propertyName(body.from.key);
    const optional = body.required ? "" : "?";
    if (body.variants.length === 1) {
      members.push(`${key}${optional}: ${bodyTypeText(body.variants[0]!)};`);
    } else {
      const ctKey = propertyName(body.contentTypeKey ?? "contentType");
      bodyPart = body.variants
        .map((v, i) => `{ ${ctKey}${i === 0 ? "?" : ""}: ${quoteString(v.mediaType)}; ${key}${optional}: ${bodyTypeText(v)} }`)
        .join(" | ");
    }
  }
  const literal = `{\n${members.join("\n")}\n}`;
  if (!bodyPart) return literal;
  return members.length > 0 ? `${literal} & (${bodyPart})` : bodyPart;
}

function bodyTypeText(variant: { encoding: string; type: Parameters<typeof renderTypePath>[0] }): string {
  const type = `Writable<${renderTypePath(variant.type)}>`;
  if (variant.encoding === "binary") return "Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array>";
  if (variant.encoding === "ndjson") return `Iterable<${type}> | AsyncIterable<${type}>`;
  if (variant.encoding === "text") return "string";
  return type;
}

/** The result type: the union of every success response's decoded body. */
export function resultTypeText(op: Operation): string {
  const contents = successContents(op);
  if (contents.length === 0) return "unknown";
  const parts = [...new Set(contents.map(contentTypeText))];
  return parts.join(" | ");
}

function contentTypeText(content: ResponseContent): string {
  if (content.encoding === "empty") return "undefined";
  if (content.encoding === "binary") return "Blob";
  if (content.encoding === "text") return "string";
  const type = `Readable<${renderTypePath(content.type)}>`;
  if (content.encoding === "ndjson") return `AsyncIterable<${type}>`;
  return type;
}
