/** Responses by status code (`200`, `2XX`, `default`), each with its media types. */
import type { Response, ResponseContent } from "./ir.js";
import { encodingOf } from "./media-types.js";
import { derefObject, isObject, type JsonObject } from "./refs.js";
import { arrayShapeOf } from "./array-shape.js";
import { xmlShapeOf } from "./xml-shape.js";

/**
 * The IR responses of an operation, in document order. `singleItemArrays`: the API's JSON may write a one-item array
 * as the bare item, so JSON contents carry where their arrays are.
 */
export function buildResponses(
  doc: JsonObject,
  raw: unknown,
  typeBase: string[],
  options: { singleItemArrays?: boolean } = {},
): Response[] {
  if (!isObject(raw)) return [];
  const responses: Response[] = [];
  for (const [status, rawResponse] of Object.entries(raw)) {
    if (status.startsWith("x-")) continue;
    const response = derefObject(doc, rawResponse) ?? {};
    const contents: ResponseContent[] = [];
    const content = isObject(response["content"]) ? response["content"] : {};
    for (const [mediaType, rawMedia] of Object.entries(content)) {
      const entry: ResponseContent = {
        mediaType,
        encoding: encodingOf(mediaType),
        type: { root: "paths", keys: [...typeBase, "responses", status, "content", mediaType] },
      };
      if (entry.encoding === "xml" && isObject(rawMedia)) {
        const xml = xmlShapeOf(doc, rawMedia["schema"]);
        if (xml) entry.xml = xml;
      }
      if (entry.encoding === "json" && options.singleItemArrays === true && isObject(rawMedia)) {
        const arrays = arrayShapeOf(doc, rawMedia["schema"]);
        if (arrays) entry.arrays = arrays;
      }
      contents.push(entry);
    }
    const built: Response = { status, contents };
    if (typeof response["description"] === "string") built.description = response["description"];
    responses.push(built);
  }
  return responses;
}

/** True for 2xx codes and the `2XX` range. */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}
