/**
 * The `$ref`s openapi-typescript reads, written in the pointer dialect it builds its own refs in.
 *
 * openapi-typescript escapes the pointers it builds (`operations/<operationId>`, breadcrumbs) with `~0`/`~1` only,
 * but parses every pointer with `decodeURIComponent`, so a name holding `%0b`, `%2F` or a stray `%` came back as a
 * different key (or threw). For its run, parsing is made the exact inverse of its escaping (`~` unescaping only,
 * see {@link withOpenapiTypescriptPointers}), and every `$ref` of the document is rewritten to that form: percent
 * escapes decoded, `~`/`/` escaped. A `#` stays escaped (redocly splits refs at every `#/`): it is written as a
 * character the document does not hold, which parsing turns back into `#`. OpenAPI 3.1 schemas with an `$id` are their own resource (a `$ref: "#/properties/x"`
 * or `"#"` inside one points into that schema), so those refs become the document pointer they mean.
 * Every rewrite is undone afterwards.
 * @see https://www.rfc-editor.org/rfc/rfc6901#section-6
 * @see https://spec.openapis.org/oas/v3.1.0#relative-references-in-uris
 */
import { parseRefPointer, toPointer } from "../load/pointer.js";
import type { JsonObject } from "../validate/spec-nodes.js";
import { walkDocument } from "../validate/walk-document.js";

interface RefRewrite {
  node: JsonObject;
  key: string;
  original: string;
  rewritten: string;
}

/** A private-use character that occurs nowhere in the document, to stand for `#` inside rewritten refs. */
function unusedCharacter(document: JsonObject): string {
  const text = JSON.stringify(document);
  for (const [from, to] of [
    [0xe000, 0xf8ff],
    [0xf0000, 0xffffd],
    [0x100000, 0x10fffd],
  ] as const) {
    for (let code = from; code <= to; code++)
      if (!text.includes(String.fromCodePoint(code))) return String.fromCodePoint(code);
  }
  throw new Error("the document holds every private-use character");
}

/** A document-absolute ref without `~`, `%` or a second `#`: its own plain pointer. */
const PLAIN_REF = /^#(?:\/[^/~%#]*)*$/;

/** The document-local ref `ref` (found in a schema whose `$id` resource is `base`) as a plain, document-absolute pointer. */
function plainRef(ref: string, baseSegments: readonly string[] | undefined, hash: string): string | undefined {
  if (!ref.startsWith("#")) return undefined;
  // Nothing to decode or escape: the ref is already its plain form (most refs; parsing them all was a hot spot).
  if (baseSegments === undefined && PLAIN_REF.test(ref)) return ref;
  const segments = parseRefPointer(ref);
  if (segments === undefined) return undefined;
  return `#${toPointer([...(baseSegments ?? []), ...segments]).replaceAll("#", hash)}`;
}

/** Every local `$ref` and discriminator-mapping ref, with the plain pointer openapi-typescript must see instead. */
function refRewrites(document: JsonObject, hash: string): RefRewrite[] {
  const pointers = new Map<unknown, string[]>();
  const found: RefRewrite[] = [];
  const add = (node: JsonObject, key: string, base: string[] | undefined) => {
    const original = node[key];
    const rewritten = typeof original === "string" ? plainRef(original, base, hash) : undefined;
    if (typeof original === "string" && rewritten !== undefined && rewritten !== original)
      found.push({ node, key, original, rewritten });
  };
  walkDocument(document, ({ node, at, base }) => {
    pointers.set(node, at);
    const baseSegments = base === document ? undefined : pointers.get(base);
    add(node, "$ref", baseSegments);
    if (at.at(-1) === "mapping" && at.at(-2) === "discriminator" && at.at(-3) !== "properties")
      for (const key of Object.keys(node)) add(node, key, baseSegments);
  });
  return found;
}

/**
 * Runs `run` (openapi-typescript's synchronous transform) with the document's refs in plain-pointer form and
 * `decodeURIComponent` as the identity (but for the stand-in of `#`), so that a pointer openapi-typescript parses names exactly the keys it was
 * built from. Both are restored afterwards, also when `run` throws.
 */
export function withOpenapiTypescriptPointers<T>(document: JsonObject, run: () => T): T {
  const hash = unusedCharacter(document);
  const rewrites = refRewrites(document, hash);
  const decode = globalThis.decodeURIComponent;
  for (const r of rewrites) r.node[r.key] = r.rewritten;
  globalThis.decodeURIComponent = (text: string) => text.replaceAll(hash, "#");
  try {
    return run();
  } finally {
    globalThis.decodeURIComponent = decode;
    for (const r of rewrites) r.node[r.key] = r.original;
  }
}
