// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** `application/x-www-form-urlencoded` bodies with per-property Encoding Objects. @see https://spec.openapis.org/oas/v3.1.1#encoding-object */

import { ownValue } from "./own.js";
import { isPlainObject } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import type { BodyVariant, PropertyEncoding } from "./operation.js";
import { serializeQueryParam, type QueryEncoding } from "./query.js";

/**
 * Serializes an object as form fields. A property uses style-based serialization when its encoding sets
 * `style`, `explode` or `allowReserved` (default `form`, exploded); otherwise an explicit `contentType`
 * makes it content-encoded (JSON text for JSON types).
 */
export function encodeFormBody(value: unknown, variant: BodyVariant): string {
  if (!isPlainObject(value)) throw new ApiRequestError(`A ${variant.mediaType} body must be an object`);
  const pairs: string[] = [];
  for (const [key, property] of Object.entries(value)) {
    pairs.push(...serializeQueryParam(formEncoding(key, ownValue(variant.properties, key)), property));
  }
  return pairs.join("&");
}

function formEncoding(name: string, encoding: PropertyEncoding | undefined): QueryEncoding {
  const styled =
    encoding?.style !== undefined || encoding?.explode !== undefined || encoding?.allowReserved !== undefined;
  if (!styled && encoding?.contentType !== undefined) {
    return { name, style: "form", explode: true, contentType: encoding.contentType };
  }
  const style = encoding?.style ?? "form";
  return {
    name,
    style,
    explode: encoding?.explode ?? style === "form",
    allowReserved: encoding?.allowReserved === true,
  };
}
