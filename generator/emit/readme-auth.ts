/** The README's authentication part: one construction example per security scheme, right for its kind. */
import { objectKey, quoteString } from "../naming/literals.js";
import type { Api, SecurityScheme } from "../normalize/ir.js";
import { baseUrlOption, importLine } from "./readme-code.js";
import { codeSpan, fencedCode, markdownProse } from "./readme-markdown.js";
import { oauthSection, oauthSession } from "./readme-oauth.js";

/** How the runtime treats a scheme. */
export type SchemeKind = "basic" | "bearer" | "http" | "apiKey" | "oauth2" | "openIdConnect" | "signature" | "mutualTLS";

/** The kind of a scheme, from its runtime data. */
export function schemeKind(scheme: SecurityScheme): SchemeKind {
  const { type, scheme: httpScheme } = scheme.spec;
  if (type === "http") return httpScheme === "basic" ? "basic" : httpScheme === "bearer" ? "bearer" : "http";
  if (type === "apiKey" || type === "oauth2" || type === "openIdConnect" || type === "signature") return type;
  return "mutualTLS";
}

/** The `auth.<scheme>` type(s) of a scheme (as the generated client types them). */
export const AUTH_TYPES: Readonly<Record<SchemeKind, string>> = {
  basic: "BasicAuth",
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
  return `new ${api.clientName}({ ${baseUrlOption(api)}${extra}auth: { ${objectKey(scheme.name)}: ${config} } })`;
}

/** The smallest working `auth` entry of a scheme for the quick start, or undefined when it needs more than a line. */
export function quickConfig(scheme: SecurityScheme): string | undefined {
  const kind = schemeKind(scheme);
  if (kind === "basic") return `{ username: "my-username", password: "my-password" }`;
  if (kind === "apiKey") return `{ key: "my-api-key" }`;
  if (kind === "bearer" || kind === "http" || kind === "openIdConnect") return `{ token: "my-access-token" }`;
  if (kind !== "oauth2") return undefined;
  const flows = (scheme.spec["flows"] ?? {}) as Record<string, unknown>;
  if (flows["clientCredentials"]) return `{ clientId: "my-client-id", clientSecret: "my-client-secret", flow: "clientCredentials" }`;
  return `{ token: "my-access-token" }`;
}

/** The schemes the quick start configures: the requirement most operations list first. */
export function quickStartSchemes(api: Api): SecurityScheme[] {
  const counts = new Map<string, number>();
  for (const op of api.operations) {
    const first = op.security?.find((alternative) => alternative.length > 0);
    if (first) counts.set(JSON.stringify(first), (counts.get(JSON.stringify(first)) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const names: string[] = best ? (JSON.parse(best[0]) as string[]) : api.securitySchemes.slice(0, 1).map((s) => s.name);
  return names.flatMap((name) => api.securitySchemes.filter((s) => s.name === name));
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
  if (kind === "signature") return [...out, signingNote(), block(signingExample(api, scheme))];
  if (kind === "mutualTLS") {
    const note = "Mutual TLS happens in the transport: pass a `fetch` whose connection presents your client certificate (in Node.js, e.g. undici's `fetch` with an `Agent` holding `cert` and `key`), and mark the scheme as configured.";
    const code = [`const fetchWithCertificate: FetchLike = (input, init) => fetch(input, init); // replace with your certificate-bearing fetch`, `const client = ${construct(api, scheme, "{ mutualTls: true }", "fetch: fetchWithCertificate, ")};`];
    return [...out, note, block(code, ["type FetchLike"])];
  }
  const config = quickConfig(scheme)!;
  const code = [`const client = ${construct(api, scheme, config)};`];
  if (kind !== "basic") {
    const field = kind === "apiKey" ? "key" : "token";
    code.push("", `// or a function the client calls when it needs the ${field} (e.g. to read it from a vault; it may be async):`);
    code.push(`const client2 = ${construct(api, scheme, `{ ${field}: async () => "my-${field === "key" ? "api-key" : "access-token"}" }`)};`);
  }
  return [...out, placementNote(scheme, kind), block(code)];
}

function placementNote(scheme: SecurityScheme, kind: SchemeKind): string {
  const spec = scheme.spec;
  if (kind === "basic") return "Sent as `Authorization: Basic …` (base64 of `username:password`).";
  if (kind === "bearer") return "Sent as `Authorization: Bearer <token>`.";
  if (kind === "http") return `Sent as ${codeSpan(`Authorization: ${String(spec["scheme"])} <token>`)}.`;
  if (kind === "openIdConnect") {
    const url = typeof spec["url"] === "string" && spec["url"] !== "" ? ` (discovery document: ${codeSpan(spec["url"])})` : "";
    return `Get an ID or access token from the OpenID Connect provider${url}; it is sent as \`Authorization: Bearer <token>\`.`;
  }
  const where = spec["in"] === "query" ? "query parameter" : spec["in"] === "cookie" ? "cookie" : "header";
  return `Sent in the ${where} ${codeSpan(String(spec["name"]))}.`;
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
    `  auth: {`,
    `    ${objectKey(scheme.name)}: {`,
    `      sign: async ({ method, url, headers }) => {`,
    `        const date = new Date().toUTCString();`,
    String.raw`        const text = ${"`"}${"${method}"}\n${"${headers[\"content-type\"] ?? \"\"}"}\n${"${date}"}\n${"${url}"}${"`"};`,
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
  const flows = (scheme.spec["flows"] ?? {}) as Record<string, { authorizationUrl?: string; tokenUrl?: string; scopes?: string[] } | undefined>;
  const scopes = [...new Set(Object.values(flows).flatMap((f) => f?.scopes ?? []))];
  const scopeText = scopes.length > 0 ? ` Scopes: ${scopes.map(codeSpan).join(", ")}.` : "";
  const tokenAuth = typeof scheme.spec["tokenEndpointAuth"] === "string" ? ` The client authenticates at the token endpoint with ${codeSpan(scheme.spec["tokenEndpointAuth"])} (override with \`tokenEndpointAuth\`).` : "";
  const out = [`Declared flows: ${Object.keys(flows).map(codeSpan).join(", ") || "none"}.${scopeText}${tokenAuth} Already holding an access token? Pass \`{ token: "…" }\` instead.`];
  const scopeCode = scopes.length > 0 ? `, scopes: [${quoteString(scopes[0]!)}]` : "";
  for (const [flow, spec] of Object.entries(flows)) if (spec) out.push(...flowDoc(api, scheme, flow, spec, scopeCode));
  return out;
}

function flowDoc(api: Api, scheme: SecurityScheme, flow: string, spec: { authorizationUrl?: string; tokenUrl?: string }, scopeCode: string): string[] {
  const block = (lines: readonly string[]): string => fencedCode("ts", [importLine(api, [api.clientName]), "", ...lines].join("\n"));
  const session = oauthSession(api, scheme);
  const token = spec.tokenUrl ? ` from ${codeSpan(spec.tokenUrl)}` : "";
  if (flow === "clientCredentials" || flow === "password") {
    const who = flow === "password" ? `, username: "user@example.com", password: "my-password"` : "";
    const config = `{ clientId: "my-client-id", clientSecret: "my-client-secret", flow: ${quoteString(flow)}${who}${scopeCode} }`;
    const title = flow === "password" ? "Password flow (resource owner credentials)" : "Client credentials flow";
    return [`**${title}**: the client gets a token${token} on first use, caches it and refreshes it before it expires.`, block([`const client = ${construct(api, scheme, config)};`])];
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

