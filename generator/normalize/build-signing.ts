/**
 * Request-description extensions as the runtime takes them: a declared HMAC signature (`x-specforge-signing` with an
 * algorithm → `HmacSigningSpec`), the spec's default headers (`x-specforge-default-headers`) and whether any schema
 * is typed as filter conditions (`x-specforge-conditions`). Values were validated before.
 */
import { isObject, stringField, type JsonObject } from "./refs.js";

/** `x-specforge-signing: {…}` with the defaults filled in (hex, `"\n"`), so generated data is explicit. */
export function hmacSigningSpec(raw: JsonObject): Record<string, unknown> {
  const stringToSign = (Array.isArray(raw["stringToSign"]) ? raw["stringToSign"] : []).map((part) =>
    isObject(part) ? { header: stringField(part, "header") ?? "" } : String(part),
  );
  const spec: Record<string, unknown> = {
    algorithm: stringField(raw, "algorithm"),
    encoding: stringField(raw, "encoding") ?? "hex",
    stringToSign,
    separator: typeof raw["separator"] === "string" ? raw["separator"] : "\n",
  };
  const date = raw["date"];
  if (isObject(date))
    spec["date"] = { header: stringField(date, "header"), format: stringField(date, "format") ?? "http-date" };
  spec["header"] = stringField(raw, "header");
  spec["value"] = stringField(raw, "value");
  return spec;
}

/** Names and values of what a default header may mention: `{packageName}`, `{packageVersion}`. */
export interface PackageIdentity {
  packageName: string;
  packageVersion: string;
}

/** The root `x-specforge-default-headers`, placeholders filled in, sorted by lower-case name; undefined when absent. */
export function buildDefaultHeaders(doc: JsonObject, identity: PackageIdentity): Record<string, string> | undefined {
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
