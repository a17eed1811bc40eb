// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * JSON-text properties (`PropertyEncoding.json`): the schema is a string holding JSON (`contentMediaType:
 * application/json` with a `contentSchema`), so callers pass the decoded value and the API gets its JSON text.
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#name-contentschema
 */

import { isPlainObject } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import type { BodyVariant } from "./operation.js";

/**
 * The JSON text of a value: `JSON.stringify` for objects, arrays, numbers and booleans; a string is taken as
 * JSON text already (and sent as it is); `null` and `undefined` stay as they are (a nullable or absent property).
 */
export function toJsonText(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === "string") return value;
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new ApiRequestError("A JSON-text property cannot hold a function or symbol");
  return text;
}

/** A shallow copy of a body object with every JSON-text property of the variant replaced by its JSON text. */
export function encodeJsonTextProperties(value: unknown, variant: BodyVariant): unknown {
  const properties = variant.properties;
  if (properties === undefined || !isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const name of Object.keys(properties)) {
    if (properties[name]?.json !== true || !Object.prototype.hasOwnProperty.call(value, name)) continue;
    copy ??= { ...value };
    // defineProperty, so a spec property named `__proto__` stays a plain key.
    Object.defineProperty(copy, name, {
      value: toJsonText(value[name]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy ?? value;
}
