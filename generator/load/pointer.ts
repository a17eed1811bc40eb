/** JSON pointers (RFC 6901): the one place that escapes, parses and follows them. */

/** Escapes one pointer segment. */
export function escapePointerSegment(segment: string): string {
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins segments into a pointer such as `/paths/~1items/get`. */
export function toPointer(segments: readonly (string | number)[]): string {
  let pointer = "";
  for (const segment of segments) pointer += `/${escapePointerSegment(String(segment))}`;
  return pointer;
}

/** Splits a plain JSON pointer (`/paths/~1items`) into unescaped segments; undefined when malformed. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  const segments = pointer.slice(1).split("/");
  if (!pointer.includes("~")) return segments;
  return segments.map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Splits the fragment of a `$ref` (`#/paths/~1items`, URI-encoded) into segments; undefined when malformed. */
export function parseRefPointer(ref: string): string[] | undefined {
  const fragment = ref.startsWith("#") ? ref.slice(1) : ref;
  try {
    return parsePointer(fragment.includes("%") ? decodeURIComponent(fragment) : fragment);
  } catch {
    return undefined;
  }
}

/** Follows segments through plain JSON data; undefined when a step is missing. */
export function followPointer(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
