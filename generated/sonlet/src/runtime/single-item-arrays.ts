// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * JSON from servers that write a one-item array as the bare item (Jersey/JAXB: `"price": {…}` for one price,
 * `"price": [{…}, {…}]` for two), declared with `x-specforge-single-item-arrays`: wrapped back where the schema says
 * array, so the value matches its type whatever the count.
 */

import { ownValue } from "./own.js";
import type { ArrayShape } from "./operation.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns `value` with every array the shape names made an array (a new object where something changed). */
export function wrapSingleItems(value: unknown, shape: ArrayShape | undefined): unknown {
  if (shape === undefined || value === undefined || value === null) return value;
  if (shape.array === true) {
    const list = Array.isArray(value) ? value : [value];
    return shape.items === undefined ? list : list.map((item) => wrapSingleItems(item, shape.items));
  }
  if (!isRecord(value) || shape.properties === undefined) return value;
  const properties = shape.properties;
  // Object.fromEntries keeps a `__proto__` key as own data (an assignment would set the prototype).
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, wrapSingleItems(child, ownValue(properties, key))]),
  );
}

/** The shape declared for a status: the exact code, then its range (`4XX`), then `default`. */
export function shapeForStatus<T>(shapes: Readonly<Record<string, T>> | undefined, status: number): T | undefined {
  if (shapes === undefined) return undefined;
  const code = String(status);
  return ownValue(shapes, code) ?? ownValue(shapes, `${code.charAt(0)}XX`) ?? ownValue(shapes, "default");
}
