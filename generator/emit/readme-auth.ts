/** The README's authentication part: one construction example per security scheme, right for its kind. */
import { objectKey, quoteString } from "../naming/literals.js";
import type { Api, SecurityScheme } from "../normalize/ir.js";
import type { OAuthFlowData, OAuthFlowsData } from "../runtime-data/security-data.js";
import { baseUrlOption, clientDefaultsOption, importLine } from "./readme-code.js";
import { codeSpan, fencedCode, markdownProse } from "./readme-markdown.js";
import { hmacNote, hmacOf, HMAC_QUICK_CONFIG } from "./readme-hmac.js";
import { oauthSection, oauthSession } from "./readme-oauth.js";
import { totpValueNames } from "./client-auth.js";
import { usualRequirement } from "./readme-usual-auth.js";

/** How the runtime treats a scheme. */
export type SchemeKind =
  "basic" | "totpBasic" | "bearer" | "http" | "apiKey" | "oauth2" | "openIdConnect" | "signature" | "mutualTLS";

/** The kind of a scheme, from its runtime data. */
export function schemeKind(scheme: SecurityScheme): SchemeKind {
  const spec = scheme.spec;
  if (spec.type !== "http") return spec.type;
  if (spec.scheme === "basic") return spec.totp !== undefined ? "totpBasic" : "basic";
  return spec.scheme === "bearer" ? "bearer" : "http";
}

/** The `auth.<scheme>` type(s) of a scheme (as the generated client types them). */
export const AUTH_TYPES: Readonly<Record<SchemeKind, string>> = {
  basic: "BasicAuth",
  totpBasic: "TotpBasicAuth",
  bearer: "BearerAuth",
  http: "BearerAuth",
  apiKey: "ApiKeyAuth",
  oauth2: "OAuth2Auth | BearerAuth",
  openIdConnect: "BearerAuth",
  signature: "SigningAuth",
  mutualTLS: "MutualTlsAuth",
};

const LABELS: Readonly<Record<SchemeKind, string>> = {
  basic: "HTTP basic",
  totpBasic: "HTTP basic with a TOTP password",
  bearer: "HTTP bearer token",
  http: "HTTP authorization",
  apiKey: "API key",
  oauth2: "OAuth 2",
  openIdConnect: "OpenID Connect",
  signature: "request signing",
  mutualTLS: "mutual TLS",
};

/** `new Client({ auth: { <scheme>: <config> } })`. */
export function construct(api: Api, scheme: SecurityScheme, config: string, extra = ""): string {
  return `new ${api.clientName}({ ${baseUrlOption(api)}${clientDefaultsOption(api)}${extra}auth: { ${objectKey(scheme.name)}: ${config} } })`;
}

/** The smallest working `auth` entry of a scheme for the quick start, or undefined when it needs more than a line. */
export function quickConfig(scheme: SecurityScheme): string | undefined {
  const kind = schemeKind(scheme);
  if (kind === "basic") return `{ username: "my-username", password: "my-password" }`;
  if (kind === "totpBasic") {
    const values = totpValueNames(scheme).map((name) => `${objectKey(name)}: ${quoteString(`my-${name}`)}`);
    return `{ username: "my-username", secret: "JBSWY3DPEHPK3PXP"${values.length > 0 ? `, values: { ${values.join(", ")} }` : ""} }`;
  }
  if (kind === "signature" && hmacOf(scheme) !== undefined) return HMAC_QUICK_CONFIG;
  if (kind === "apiKey") return `{ key: "my-api-key" }`;
  if (kind === "bearer" || kind === "http" || kind === "openIdConnect") return `{ token: "my-access-token" }`;
  if (kind !== "oauth2") return undefined;
  if (scheme.spec.type === "oauth2" && scheme.spec.flows.clientCredentials)
    return `{ clientId: "my-client-id", clientSecret: "my-client-secret", flow: "clientCredentials" }`;
  return `{ token: "my-access-token" }`;
}

/** The schemes the quick start configures: the requirement most operations list first. */
export function quickStartSchemes(api: Api): SecurityScheme[] {
  return usualRequirement(api).flatMap((name) => api.securitySchemes.filter((s) => s.name === name));
}

/** The "Authentication" subsection: one heading, note and example per scheme. */
export function authSection(api: Api): string {
  if (api.securitySchemes.length === 0) return "";
  const parts = [
    "### Authentication",
    "Pass credentials in `auth`, one entry per security scheme you use. Each call sends the first security requirement of its operation whose schemes are all configured (an operation that also allows anonymous access is sent without credentials when none is); a call whose credentials are missing fails with `ApiRequestError` before anything is sent. Configured secrets never appear in error messages.",
  ];
  for (const scheme of api.securitySchemes) parts.push(...schemeDoc(api, scheme));
  const oauth = oauthSection(api);
  if (oauth !== "") parts.push(oauth);
  return parts.join("\n\n");
}

function schemeDoc(api: Api, scheme: SecurityScheme): string[] {
  const kind = schemeKind(scheme);
  const out = [`#### ${codeSpan(scheme.name)}: ${LABELS[kind]}`];
  if (scheme.description?.trim()) out.push(markdownProse(scheme.description));
  const block = (lines: readonly string[], extraImports: readonly string[] = []): string =>
    fencedCode("ts", [importLine(api, [api.clientName, ...extraImports]), "", ...lines].join("\n"));
  if (kind === "oauth2") return [...out, ...oauthFlowDocs(api, scheme)];
  const hmac = kind === "signature" ? hmacOf(scheme) : undefined;
  if (hmac !== undefined)
    return [...out, hmacNote(hmac), block([`const client = ${construct(api, scheme, HMAC_QUICK_CONFIG)};`])];
  if (kind === "signature") return [...out, signingNote(), block(signingExample(api, scheme))];
  if (kind === "mutualTLS") {
    const note =
      "Mutual TLS happens in the transport: pass a `fetch` whose connection presents your client certificate (in Node.js, e.g. undici's `fetch` with an `Agent` holding `cert` and `key`), and mark the scheme as configured.";
    const code = [
      `const fetchWithCertificate: FetchLike = (input, init) => fetch(input, init); // replace with your certificate-bearing fetch`,
      `const client = ${construct(api, scheme, "{ mutualTls: true }", "fetch: fetchWithCertificate, ")};`,
    ];
    return [...out, note, block(code, ["type FetchLike"])];
  }
  const config = quickConfig(scheme)!;
  const code = [`const client = ${construct(api, scheme, config)};`];
  if (kind !== "basic" && kind !== "totpBasic") {
    const field = kind === "apiKey" ? "key" : "token";
    code.push(
      "",
      `// or a function the client calls when it needs the ${field} (e.g. to read it from a vault; it may be async):`,
    );
    code.push(
      `const client2 = ${construct(api, scheme, `{ ${field}: async () => "my-${field === "key" ? "api-key" : "access-token"}" }`)};`,
    );
  }
  return [...out, placementNote(scheme, kind), block(code)];
}

function placementNote(scheme: SecurityScheme, kind: SchemeKind): string {
  const spec = scheme.spec;
  if (kind === "basic") return "Sent as `Authorization: Basic …` (base64 of `username:password`).";
  if (kind === "totpBasic") return totpNote(scheme);
  if (kind === "bearer") return "Sent as `Authorization: Bearer <token>`.";
  if (spec.type === "http") return `Sent as ${codeSpan(`Authorization: ${spec.scheme} <token>`)}.`;
  if (spec.type === "openIdConnect") {
    const url = spec.url !== "" ? ` (discovery document: ${codeSpan(spec.url)})` : "";
    return `Get an ID or access token from the OpenID Connect provider${url}; it is sent as \`Authorization: Bearer <token>\`.`;
  }
  if (spec.type !== "apiKey") return "";
  const where = spec.in === "query" ? "query parameter" : spec.in === "cookie" ? "cookie" : "header";
  return `Sent in the ${where} ${codeSpan(spec.name)}.`;
}

function totpNote(scheme: SecurityScheme): string {
  const totp = scheme.spec.type === "http" ? scheme.spec.totp : undefined;
  const code = `a ${totp?.digits ?? 6}-digit TOTP (RFC 6238, HMAC-${totp?.algorithm ?? "SHA-1"}, ${totp?.period ?? 30} s steps)`;
  const names = totpValueNames(scheme);
  const values =
    names.length > 0 ? ` and the other placeholders come from \`values\` (${names.map(codeSpan).join(", ")})` : "";
  return [
    `Sent as \`Authorization: Basic …\` (base64 of \`username:password\`), where the password is ${codeSpan(totp?.password ?? "{totp}")}: \`{totp}\` is ${code} computed from \`secret\` (base32 text, or raw bytes as a \`Uint8Array\`)${values}.`,
    "A fresh code is made for every attempt. When the server answers 401 with a `Date` header that puts it in another time step, the client adopts the server's clock and sends the call once more.",
  ].join(" ");
}

function signingNote(): string {
  return "OpenAPI cannot describe this signature, so you supply it: `sign` runs for every attempt and every same-origin redirect hop, after all other headers are set, and gets the method, the final URL, the headers (lower-case names) and the exact body bytes; it returns headers to add. List signing keys in `secrets` to keep them out of error messages.";
}

function signingExample(api: Api, scheme: SecurityScheme): string[] {
  return [
    `const accessKeyId = "my-access-key-id";`,
    `const secretKey = "my-secret-key";`,
    `const hmacKey = await crypto.subtle.importKey("raw", new TextEncoder().encode(secretKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);`,
    "",
    `const client = new ${api.clientName}({`,
    ...(baseUrlOption(api) ? [`  ${baseUrlOption(api).trim()}`] : []),
    ...(clientDefaultsOption(api) ? [`  ${clientDefaultsOption(api).trim()}`] : []),
    `  auth: {`,
    `    ${objectKey(scheme.name)}: {`,
    `      sign: async ({ method, url, headers }) => {`,
    `        const date = new Date().toUTCString();`,
    String.raw`        const text = ${"`"}${"${method}"}\n${'${headers["content-type"] ?? ""}'}\n${"${date}"}\n${"${url}"}${"`"};`,
    `        const mac = new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, new TextEncoder().encode(text)));`,
    `        const signature = Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");`,
    `        return { authorization: ${"`"}HMAC ${"${accessKeyId}"}:${"${signature}"}${"`"}, "x-date": date };`,
    `      },`,
    `      secrets: [secretKey],`,
    `    },`,
    `  },`,
    `});`,
  ];
}

function oauthFlowDocs(api: Api, scheme: SecurityScheme): string[] {
  const spec = scheme.spec;
  const flows: OAuthFlowsData = spec.type === "oauth2" ? spec.flows : {};
  const scopes = [...new Set(Object.values(flows).flatMap((f) => f?.scopes ?? []))];
  const scopeText = scopes.length > 0 ? ` Scopes: ${scopes.map(codeSpan).join(", ")}.` : "";
  const tokenAuth =
    spec.type === "oauth2" && spec.tokenEndpointAuth !== undefined
      ? ` The client authenticates at the token endpoint with ${codeSpan(spec.tokenEndpointAuth)} (override with \`tokenEndpointAuth\`).`
      : "";
  const out = [
    `Declared flows: ${Object.keys(flows).map(codeSpan).join(", ") || "none"}.${scopeText}${tokenAuth} Already holding an access token? Pass \`{ token: "…" }\` instead.`,
  ];
  const scopeCode = scopes.length > 0 ? `, scopes: [${quoteString(scopes[0]!)}]` : "";
  for (const [flow, spec] of Object.entries(flows)) if (spec) out.push(...flowDoc(api, scheme, flow, spec, scopeCode));
  return out;
}

function flowDoc(api: Api, scheme: SecurityScheme, flow: string, spec: OAuthFlowData, scopeCode: string): string[] {
  const block = (lines: readonly string[]): string =>
    fencedCode("ts", [importLine(api, [api.clientName]), "", ...lines].join("\n"));
  const session = oauthSession(api, scheme);
  const token = spec.tokenUrl ? ` from ${codeSpan(spec.tokenUrl)}` : "";
  if (flow === "clientCredentials" || flow === "password") {
    const who = flow === "password" ? `, username: "user@example.com", password: "my-password"` : "";
    const config = `{ clientId: "my-client-id", clientSecret: "my-client-secret", flow: ${quoteString(flow)}${who}${scopeCode} }`;
    const title = flow === "password" ? "Password flow (resource owner credentials)" : "Client credentials flow";
    return [
      `**${title}**: the client gets a token${token} on first use, caches it and refreshes it before it expires.`,
      block([`const client = ${construct(api, scheme, config)};`]),
    ];
  }
  if (flow === "authorizationCode") {
    return [
      `**Authorization code flow**: send the user to the authorization page (state and PKCE are added for you), then exchange the code they come back with; calls then use the access token and refresh it with the refresh token.`,
      block([
        `const client = ${construct(api, scheme, `{ clientId: "my-client-id", flow: "authorizationCode"${scopeCode} }`)}; // confidential clients also pass clientSecret`,
        "",
        `// 1. Redirect the user to request.url; keep \`request\` (e.g. in the session) for step 2.`,
        `const request = await ${session}.authorizationUrl({ redirectUri: "https://app.example.com/callback" });`,
        "",
        `// 2. The user comes back to the redirect URI: check the state and exchange the code for tokens.`,
        `const callbackUrl = "https://app.example.com/callback?code=CODE&state=STATE"; // the URL the user came back to`,
        `const tokens = await ${session}.completeAuthorization(callbackUrl, request);`,
        "",
        `// Got a code some other way? Exchange it directly:`,
        `await ${session}.exchangeCode({ code: "CODE", redirectUri: "https://app.example.com/callback", codeVerifier: request.codeVerifier });`,
      ]),
    ];
  }
  return [
    `**Implicit flow** (browser apps): the token comes back in the redirect URL's fragment.`,
    block([
      `const client = ${construct(api, scheme, `{ clientId: "my-client-id", flow: "implicit"${scopeCode} }`)};`,
      `const request = await ${session}.authorizationUrl({ flow: "implicit", redirectUri: "https://app.example.com/callback" });`,
      "",
      `// After the redirect back (in the browser: location.href):`,
      `const redirectedTo = "https://app.example.com/callback#access_token=TOKEN&state=STATE";`,
      `await ${session}.handleImplicitRedirect(redirectedTo, request.state);`,
    ]),
  ];
}
