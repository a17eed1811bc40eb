/** Security schemes and requirements, as the runtime's `SecuritySchemeSpec` data and per-operation alternatives. */
import { TOKEN_AUTH_METHODS, TOTP_ALGORITHMS } from "../extensions/extension-schemas.js";
import type { OAuthFlowsData, SecuritySchemeData, TotpData } from "../runtime-data/security-data.js";
import type { SecurityScheme } from "./ir.js";
import { hmacSigningSpec } from "./build-signing.js";
import { enumField, isObject, stringField, type JsonObject } from "./refs.js";

const FLOWS = ["implicit", "password", "clientCredentials", "authorizationCode"] as const;
const API_KEY_PLACES = ["header", "query", "cookie"] as const;

/** Every `components.securitySchemes` entry, sorted by name. */
export function buildSecuritySchemes(doc: JsonObject): SecurityScheme[] {
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const schemes = isObject(components["securitySchemes"]) ? components["securitySchemes"] : {};
  return Object.keys(schemes)
    .sort()
    .flatMap((name) => {
      const scheme = schemes[name];
      if (!isObject(scheme)) return [];
      const built: SecurityScheme = { name, spec: schemeSpec(scheme) };
      const description = stringField(scheme, "description");
      if (description !== undefined) built.description = description;
      return [built];
    });
}

function schemeSpec(scheme: JsonObject): SecuritySchemeData {
  if (scheme["x-specforge-signing"] === true) return { type: "signature" };
  if (isObject(scheme["x-specforge-signing"]))
    return { type: "signature", hmac: hmacSigningSpec(scheme["x-specforge-signing"]) };
  const type = stringField(scheme, "type");
  if (type === "http") {
    const httpScheme = (stringField(scheme, "scheme") ?? "bearer").toLowerCase();
    const totp = scheme["x-specforge-totp"];
    const bearerFormat = stringField(scheme, "bearerFormat");
    if (httpScheme === "basic" && isObject(totp))
      return { type, scheme: httpScheme, bearerFormat, totp: totpSpec(totp) };
    return { type, scheme: httpScheme, bearerFormat };
  }
  if (type === "apiKey")
    return { type, in: enumField(scheme, "in", API_KEY_PLACES) ?? "header", name: stringField(scheme, "name") ?? "" };
  if (type === "openIdConnect") return { type, url: stringField(scheme, "openIdConnectUrl") ?? "" };
  if (type === "oauth2") {
    const grantType = stringField(scheme, "x-specforge-token-grant-type") === "omit" ? "omit" : undefined;
    return {
      type,
      flows: oauthFlows(scheme["flows"]),
      tokenEndpointAuth: enumField(scheme, "x-specforge-token-auth", TOKEN_AUTH_METHODS),
      tokenGrantType: grantType,
    };
  }
  return { type: "mutualTLS" };
}

/** `x-specforge-totp` with RFC 6238's defaults filled in (the runtime's `TotpSpec`). */
function totpSpec(raw: JsonObject): TotpData {
  return {
    algorithm: enumField(raw, "algorithm", TOTP_ALGORITHMS) ?? "SHA-1",
    digits: typeof raw["digits"] === "number" ? raw["digits"] : 6,
    period: typeof raw["period"] === "number" ? raw["period"] : 30,
    password: stringField(raw, "password") ?? "{totp}",
  };
}

function oauthFlows(raw: unknown): OAuthFlowsData {
  const flows: { -readonly [F in keyof OAuthFlowsData]: OAuthFlowsData[F] } = {};
  if (!isObject(raw)) return flows;
  for (const name of FLOWS) {
    const flow = raw[name];
    if (!isObject(flow)) continue;
    flows[name] = {
      authorizationUrl: stringField(flow, "authorizationUrl"),
      tokenUrl: stringField(flow, "tokenUrl"),
      refreshUrl: stringField(flow, "refreshUrl"),
      scopes: isObject(flow["scopes"]) ? Object.keys(flow["scopes"]).sort() : [],
    };
  }
  return flows;
}

/**
 * The requirement alternatives of an operation: its own `security`, else the document's; undefined when
 * neither says anything (no auth). `{}` in the list becomes `[]` (anonymous access allowed).
 */
export function securityAlternatives(doc: JsonObject, op: JsonObject): string[][] | undefined {
  const raw = Array.isArray(op["security"])
    ? op["security"]
    : Array.isArray(doc["security"])
      ? doc["security"]
      : undefined;
  if (!raw) return undefined;
  return raw.filter(isObject).map((requirement) => Object.keys(requirement));
}
