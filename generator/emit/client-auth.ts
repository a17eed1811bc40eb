/** The auth part of the client: the typed `auth` option (one key per security scheme) and OAuth 2 sessions. */
import { toMemberName } from "../naming/identifiers.js";
import { jsDocBlock, jsDocText, propertyName, quoteString } from "../naming/literals.js";
import type { Api, SecurityScheme } from "../normalize/ir.js";
import type { SecuritySchemeData } from "../runtime-data/security-data.js";

/** The placeholders of a TOTP password template besides `{totp}` (the runtime's `templateValueNames`). */
export function totpValueNames(scheme: SecurityScheme): string[] {
  const template = scheme.spec.type === "http" ? (scheme.spec.totp?.password ?? "") : "";
  return [...new Set([...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!).filter((name) => name !== "totp"))];
}

/** Runtime config type(s) a user may pass for a scheme, by the scheme's kind. */
function authTypeOf(scheme: SecurityScheme): string {
  const spec = scheme.spec;
  if (spec.type === "http" && spec.totp !== undefined) {
    const names = totpValueNames(scheme);
    return names.length > 0 ? `TotpBasicAuth<${names.map(quoteString).join(" | ")}>` : "TotpBasicAuth";
  }
  if (spec.type === "http") return spec.scheme === "basic" ? "BasicAuth" : "BearerAuth";
  if (spec.type === "apiKey") return "ApiKeyAuth";
  if (spec.type === "oauth2") return "OAuth2Auth | BearerAuth";
  if (spec.type === "openIdConnect") return "BearerAuth";
  if (spec.type === "signature") return spec.hmac !== undefined ? "HmacAuth | SigningAuth" : "SigningAuth";
  return "MutualTlsAuth";
}

/** Runtime type names the client module must import for its `auth` option. */
export function authTypeImports(api: Api): string[] {
  const names = new Set<string>();
  for (const scheme of api.securitySchemes)
    for (const name of authTypeOf(scheme).replace(/<.*>$/, "").split(" | ")) names.add(name);
  if (oauthSchemes(api).length > 0) names.add("OAuth2Session");
  return [...names].sort();
}

/** Members of the `auth` option — `bearer?: BearerAuth;` … — each with the scheme's description as JSDoc. */
export function authOptionMembers(api: Api): string[] {
  return api.securitySchemes.map((scheme) => {
    const doc = jsDocBlock(jsDocText(scheme.description ?? `Credentials for the \`${scheme.name}\` security scheme.`));
    return `${doc}\n${propertyName(scheme.name)}?: ${authTypeOf(scheme)};`;
  });
}

/** The schemes' runtime data, keyed by scheme name (the value of `securitySchemes`). */
export function securitySchemesData(api: Api): Readonly<Record<string, SecuritySchemeData>> {
  return Object.fromEntries(api.securitySchemes.map((s) => [s.name, s.spec]));
}

/** OAuth 2 schemes, each with the member name it gets under `client.oauth`. */
export function oauthSchemes(api: Api): { name: string; member: string }[] {
  const taken = new Set<string>();
  return api.securitySchemes
    .filter((s) => s.spec.type === "oauth2")
    .map((s) => {
      let member = toMemberName(s.name, "oauth2");
      for (let n = 2; taken.has(member); n++) member = `${toMemberName(s.name, "oauth2")}${n}`;
      taken.add(member);
      return { name: s.name, member };
    });
}

/** `{ oauth2: OAuth2Session }`: the type of the client's `oauth` member. */
export function oauthMemberType(api: Api): string {
  return `{ ${oauthSchemes(api)
    .map((s) => `readonly ${propertyName(s.member)}: OAuth2Session;`)
    .join(" ")} }`;
}

/** The statement that builds the `oauth` member: sessions are made on first use (an unconfigured scheme only throws then). */
export function oauthMemberInit(api: Api): string {
  const getters = oauthSchemes(api).map((s) => {
    const name = quoteString(s.name);
    return `  get ${propertyName(s.member)}() {\n    return (sessions[${name}] ??= oauth2SessionOf(client, ${name}));\n  },`;
  });
  return `this.oauth = {\n${getters.join("\n")}\n};`;
}
