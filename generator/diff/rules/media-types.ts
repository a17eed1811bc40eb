/** The media types of a `content` map, shared by request bodies and responses. */
import { resolveObject } from "../diff-context.js";
import { entriesOf, type Located, type SpecSide } from "../spec-side.js";

/** Each media type of a request body or response, with its `schema` when present. */
export function mediaTypesOf(
  side: SpecSide,
  owner: { value: Record<string, unknown>; at: readonly string[] },
): Map<string, { at: readonly string[]; schema: Located | undefined }> {
  const out = new Map<string, { at: readonly string[]; schema: Located | undefined }>();
  for (const [media, entry] of entriesOf({ value: owner.value["content"], at: [...owner.at, "content"] })) {
    const resolved = resolveObject(side, entry);
    const schema =
      resolved && "schema" in resolved.value
        ? { value: resolved.value["schema"], at: [...resolved.at, "schema"] }
        : undefined;
    out.set(media, { at: entry.at, schema });
  }
  return out;
}
