/** Plain JSON data as the loader produces it; the one guard every stage uses. */

/** A JSON object as found in a spec document. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
