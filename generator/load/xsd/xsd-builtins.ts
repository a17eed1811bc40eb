/** XML Schema built-in types (`xs:int`, `xs:dateTime`, …) as JSON Schema with formats and ranges. */
import type { JsonObject } from "../../json-value.js";

/** The XML Schema namespace. */
export const XSD_NS = "http://www.w3.org/2001/XMLSchema";

const str = (extra: JsonObject = {}): JsonObject => ({ type: "string", ...extra });
const int = (extra: JsonObject = {}): JsonObject => ({ type: "integer", ...extra });

const BUILTINS: Record<string, () => JsonObject> = {
  anyType: () => ({}),
  anySimpleType: () => str(),
  string: () => str(),
  normalizedString: () => str(),
  token: () => str(),
  language: () => str(),
  Name: () => str(),
  NCName: () => str(),
  NMTOKEN: () => str(),
  ID: () => str(),
  IDREF: () => str(),
  ENTITY: () => str(),
  QName: () => str(),
  NOTATION: () => str(),
  NMTOKENS: () => str(),
  IDREFS: () => str(),
  ENTITIES: () => str(),
  anyURI: () => str({ format: "uri" }),
  boolean: () => ({ type: "boolean" }),
  decimal: () => ({ type: "number" }),
  float: () => ({ type: "number", format: "float" }),
  double: () => ({ type: "number", format: "double" }),
  integer: () => int(),
  long: () => int({ format: "int64" }),
  int: () => int({ format: "int32" }),
  short: () => int({ minimum: -32768, maximum: 32767 }),
  byte: () => int({ minimum: -128, maximum: 127 }),
  nonNegativeInteger: () => int({ minimum: 0 }),
  positiveInteger: () => int({ minimum: 1 }),
  nonPositiveInteger: () => int({ maximum: 0 }),
  negativeInteger: () => int({ maximum: -1 }),
  unsignedLong: () => int({ format: "int64", minimum: 0 }),
  unsignedInt: () => int({ minimum: 0, maximum: 4294967295 }),
  unsignedShort: () => int({ minimum: 0, maximum: 65535 }),
  unsignedByte: () => int({ minimum: 0, maximum: 255 }),
  dateTime: () => str({ format: "date-time" }),
  dateTimeStamp: () => str({ format: "date-time" }),
  date: () => str({ format: "date" }),
  time: () => str({ format: "time" }),
  duration: () => str({ format: "duration" }),
  dayTimeDuration: () => str({ format: "duration" }),
  yearMonthDuration: () => str({ format: "duration" }),
  gYear: () => str({ pattern: "^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$" }),
  gYearMonth: () => str({ pattern: "^-?[0-9]{4,}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$" }),
  gMonth: () => str({ pattern: "^--[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$" }),
  gMonthDay: () => str({ pattern: "^--[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$" }),
  gDay: () => str({ pattern: "^---[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$" }),
  base64Binary: () => str({ contentEncoding: "base64" }),
  hexBinary: () => str({ pattern: "^([0-9a-fA-F]{2})*$" }),
};

/** JSON Schema of the built-in type `local`, or undefined when XML Schema has no such type. */
export function builtinSchema(local: string): JsonObject | undefined {
  return Object.hasOwn(BUILTINS, local) ? BUILTINS[local]!() : undefined;
}
