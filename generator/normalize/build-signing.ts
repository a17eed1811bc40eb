/**
 * Request-description extensions as the runtime takes them: a declared HMAC signature (`x-specforge-signing` with an
 * algorithm → `HmacSigningSpec`), the spec's default headers (`x-specforge-default-headers`) and whether any schema
 * is typed as filter conditions (`x-specforge-conditions`). Values were validated before.
 */
import {
  HMAC_ALGORITHMS,
  MAC_ENCODINGS,
  SIGNING_DATE_FORMATS,
  SIGNING_KEYWORDS,
} from "../extensions/signing-schemas.js";
import type { DefaultHeadersData } from "../runtime-data/client-data.js";
import type { HmacSigningData, SigningPartData } from "../runtime-data/security-data.js";
import { enumField, isObject, stringField, type JsonObject } from "./refs.js";

/** `x-specforge-signing: {…}` with the defaults filled in (hex, `"\n"`), so generated data is explicit. */
export function hmacSigningSpec(raw: JsonObject): HmacSigningData {
  const stringToSign = (Array.isArray(raw["stringToSign"]) ? raw["stringToSign"] : []).map((part): SigningPartData =>
    isObject(part) ? { header: stringField(part, "header") ?? "" } : (signingKeyword(part) ?? refused("stringToSign")),
  );
  const date = raw["date"];
  const head = {
    algorithm: enumField(raw, "algorithm", HMAC_ALGORITHMS) ?? refused("algorithm"),
    encoding: enumField(raw, "encoding", MAC_ENCODINGS) ?? "hex",
    stringToSign,
    separator: typeof raw["separator"] === "string" ? raw["separator"] : "\n",
  };
  const tail = { header: stringField(raw, "header") ?? "", value: stringField(raw, "value") ?? "" };
  if (!isObject(date)) return { ...head, ...tail };
  const format = enumField(date, "format", SIGNING_DATE_FORMATS) ?? "http-date";
  return { ...head, date: { header: stringField(date, "header") ?? "", format }, ...tail };
}

function signingKeyword(part: unknown): SigningPartData | undefined {
  return SIGNING_KEYWORDS.find((keyword) => keyword === part);
}

/** Validation refuses a signature without this field (or with a value outside its enum): reaching here is a bug. */
function refused(field: string): never {
  throw new Error(`x-specforge-signing: \`${field}\` is missing or invalid, which validation should have refused`);
}

/** Names and values of what a default header may mention: `{packageName}`, `{packageVersion}`. */
export interface PackageIdentity {
  packageName: string;
  packageVersion: string;
}

/** The root `x-specforge-default-headers`, placeholders filled in, sorted by lower-case name; undefined when absent. */
export function buildDefaultHeaders(doc: JsonObject, identity: PackageIdentity): DefaultHeadersData | undefined {
  const raw = doc["x-specforge-default-headers"];
  if (!isObject(raw)) return undefined;
  const values: Readonly<Record<string, string>> = {
    packageName: identity.packageName,
    packageVersion: identity.packageVersion,
  };
  const entries = Object.entries(raw)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(
      ([name, value]) =>
        [name, value.replace(/\{(packageName|packageVersion)\}/g, (_m, key: string) => values[key]!)] as const,
    )
    .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** True when a component schema carries `x-specforge-conditions` (its type then refers to the runtime's `Conditions`). */
export function usesConditions(doc: JsonObject): boolean {
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  return Object.values(schemas).some((schema) => isObject(schema) && isObject(schema["x-specforge-conditions"]));
}
