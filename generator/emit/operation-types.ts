/** Type text for an operation's arguments and result, built from IR type paths (relative to the operation's alias). */
import { jsDocBlock, jsDocLines, jsDocText, propertyName, quoteString } from "../naming/literals.js";
import type { BodyVariant, Operation, Parameter, ResponseContent } from "../normalize/ir.js";
import { layoutTypeLiteral, layoutUnion } from "./code-layout.js";
import { successContents } from "./operation-spec.js";
import { renderTypePath } from "./type-paths.js";

/** True when the operation takes an argument object at all. */
export function hasArguments(op: Operation): boolean {
  if (op.rpc) return op.rpc.arguments.length > 0;
  return op.params.length > 0 || op.body !== undefined;
}

/** True when every argument key may be left out (so the argument itself is optional). */
export function argumentsOptional(op: Operation): boolean {
  if (op.rpc) return op.rpc.arguments.every((a) => !a.required);
  return op.params.every((p) => !requiredArgument(p)) && (!op.body || (!op.body.required && op.body.from !== "spread"));
}

/** A required parameter must be passed unless a client option supplies it (`x-specforge-client-default`). */
export function requiredArgument(param: Parameter): boolean {
  return param.required && param.clientDefault === undefined;
}

/** The argument type: one property per parameter, then the body (spread or under its key). */
export function argumentsTypeText(op: Operation, alias: string): string {
  const members = op.params.map((p) => {
    const tags = p.default === undefined ? [] : [jsDocText(`@default ${JSON.stringify(p.default)}`)];
    const fallback =
      p.clientDefault === undefined ? undefined : `Defaults to the client option \`${p.clientDefault}\`.`;
    const description = [p.description, fallback].filter((t) => t !== undefined).join("\n\n") || undefined;
    const doc = jsDocLines({ description, deprecated: p.deprecated, tags });
    const comment = doc ? `${jsDocBlock(doc)}\n` : "";
    return `${comment}${propertyName(p.key)}${requiredArgument(p) ? "" : "?"}: Writable<${renderTypePath(p.type, alias)}>;`;
  });
  const body = op.body;
  let bodyPart: string | undefined;
  if (body && body.from === "spread") {
    bodyPart = `Writable<${renderTypePath(body.variants[0]!.type, alias)}>`;
  } else if (body && typeof body.from === "object") {
    const key = propertyName(body.from.key);
    const optional = body.required ? "" : "?";
    if (body.variants.length === 1) {
      members.push(`${key}${optional}: ${bodyTypeText(body.variants[0]!, alias)};`);
    } else {
      const ctKey = propertyName(body.contentTypeKey ?? "contentType");
      const variants = body.variants.map((v, i) =>
        layoutTypeLiteral([
          `${ctKey}${i === 0 ? "?" : ""}: ${quoteString(v.mediaType)};`,
          `${key}${optional}: ${bodyTypeText(v, alias)};`,
        ]),
      );
      bodyPart = layoutUnion(variants, 40);
    }
  }
  if (!bodyPart) return layoutTypeLiteral(members);
  return members.length > 0 ? `${layoutTypeLiteral(members)} & (${bodyPart})` : bodyPart;
}

function bodyTypeText(variant: BodyVariant, alias: string): string {
  const type = `Writable<${renderTypePath(variant.type, alias)}>`;
  if (variant.encoding === "binary") return "Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array>";
  if (variant.encoding === "ndjson") return `Iterable<${type}> | AsyncIterable<${type}>`;
  if (variant.encoding === "text") return "string";
  return type;
}

/** The result type: the union of every success response's decoded body. */
export function resultTypeText(op: Operation, alias: string): string {
  const contents = successContents(op);
  if (contents.length === 0) return "unknown";
  return layoutUnion([...new Set(contents.map((c) => contentTypeText(c, alias)))], 40);
}

function contentTypeText(content: ResponseContent, alias: string): string {
  if (content.encoding === "empty") return "undefined";
  if (content.encoding === "binary") return "Blob";
  if (content.encoding === "text") return "string";
  const type = `Readable<${renderTypePath(content.type, alias)}>`;
  if (content.encoding === "ndjson") return `AsyncIterable<${type}>`;
  return type;
}
