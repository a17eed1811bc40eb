/** The README's option tables: every client option and every per-call option, with type, default and meaning. */
import { propertyName, quoteString } from "../naming/literals.js";
import type { Api, SecurityScheme } from "../normalize/ir.js";
import { totpValueNames } from "./client-auth.js";
import { AUTH_TYPES, schemeKind } from "./readme-auth.js";
import { hmacOf } from "./readme-hmac.js";
import { codeSpan, markdownTable } from "./readme-markdown.js";

/** One row: type, default and meaning (Markdown). */
type Row = readonly [type: string, fallback: string, meaning: string];

/**
 * The runtime's `ClientOptions` besides the generated `environment`/`serverVariables` (`securitySchemes` is generated,
 * not an option; `paramDefaults` is filled from the generated parameter-default options).
 */
export type ClientOptionName = keyof ReturnType<typeof clientOptionRows>;

/** Every client option (test/types/runtime-data.test-d.ts fails when the runtime's `ClientOptions` differ). */
function clientOptionRows(api: Api) {
  const first = api.environments[0];
  const schemes = api.securitySchemes.map((s) => `${propertyName(s.name)}?: ${authTypeText(s)}`);
  return {
    baseUrl: [
      codeSpan("string"),
      first ? "the environment's URL" : "— (required)",
      first
        ? "Any base URL instead of an environment (a proxy, a mock server); not together with `environment`."
        : "Base URL including any path prefix; this API declares no servers.",
    ],
    auth: [
      codeSpan(schemes.length > 0 ? `{ ${schemes.join("; ")} }` : "{}"),
      "none",
      schemes.length > 0
        ? "Credentials, one entry per security scheme: see [Authentication](#authentication)."
        : "This API declares no security schemes.",
    ],
    fetch: [
      codeSpan("FetchLike"),
      codeSpan("globalThis.fetch"),
      "Your own `fetch` (a proxy agent, mutual TLS, tests); looked up at call time.",
    ],
    headers: [
      codeSpan("Record<string, string | null>"),
      "none",
      "Headers sent with every request; a call's `headers` can override or remove them.",
    ],
    preferredMediaTypes: [
      codeSpan("string[]"),
      "none",
      'Media types to work in, most preferred first (e.g. `["application/json"]`): sets `Accept` and the default body media type.',
    ],
    timeout: [
      codeSpan("number"),
      "`60000` (60 s)",
      "Per attempt, in ms, covering the response headers and the body; `Infinity` disables it.",
    ],
    maxRetries: [
      codeSpan("number"),
      "`2`",
      "Retries after the first attempt, for requests that are safe to repeat (see [Retries and timeouts](#retries-and-timeouts)).",
    ],
    maxResponseBytes: [
      codeSpan("number"),
      "no limit",
      "Largest response body accepted; a larger one fails with `ApiResponseTooLargeError`.",
    ],
    maxRedirects: [
      codeSpan("number"),
      "`5`",
      "Redirects followed per attempt; credentials only go to the API's own origin and https→http is refused.",
    ],
    retryHeaders: [
      codeSpan("RetryHeaderSpec[]"),
      codeSpan("DEFAULT_RETRY_HEADERS"),
      "Response headers the retry wait is read from, first usable wins: `retry-after-ms`, `Retry-After`, and on 429 `RateLimit-Reset` and `X-RateLimit-Reset`.",
    ],
    maxRetryAfter: [codeSpan("number"), "`60000`", "Cap in ms for a server-requested retry wait."],
    codecs: [
      codeSpan("Codecs"),
      api.usesXml ? "XML codec" : "none",
      api.usesXml
        ? "Body codecs; this API uses XML, and its codec is preset (pass `{ xml }` to replace it)."
        : "Body codecs for formats that need a parser, e.g. `{ xml }`; this API needs none.",
    ],
  } satisfies Readonly<Record<string, Row>>;
}

/** A scheme's `auth` entry type as the client declares it (TOTP schemes name their template values). */
function authTypeText(scheme: SecurityScheme): string {
  if (hmacOf(scheme) !== undefined) return "HmacAuth | SigningAuth";
  const names = schemeKind(scheme) === "totpBasic" ? totpValueNames(scheme) : [];
  return names.length > 0 ? `TotpBasicAuth<${names.map(quoteString).join(" | ")}>` : AUTH_TYPES[schemeKind(scheme)];
}

/** The client options table, generated options first. */
export function clientOptionsTable(api: Api): string {
  const rows: string[][] = [];
  if (api.environments.length > 0) {
    const keys = api.environments.map((e) => quoteString(e.key)).join(" | ");
    rows.push([
      codeSpan("environment"),
      codeSpan(keys),
      codeSpan(quoteString(api.environments[0]!.key)),
      "Which server to call: see [Environments](#environments).",
    ]);
  }
  const generated = clientOptionRows(api);
  rows.push([codeSpan("baseUrl"), ...generated.baseUrl]);
  const variables = serverVariableType(api);
  if (variables)
    rows.push([
      codeSpan("serverVariables"),
      codeSpan(variables),
      "the spec's defaults",
      "Values for the server URL's variables.",
    ]);
  for (const d of api.clientDefaults) {
    const fills = d.fills
      .map((fill) => `the ${fill.slice(0, fill.indexOf(" "))} parameter ${codeSpan(fill.slice(fill.indexOf(" ") + 1))}`)
      .join(", ");
    const type =
      typeof d.param.example === "number" || typeof d.param.example === "boolean" ? typeof d.param.example : "string";
    rows.push([
      codeSpan(d.option),
      codeSpan(type),
      "none",
      `Sets ${fills} for every call that leaves it out; a call's own value wins.`,
    ]);
  }
  for (const [name, row] of Object.entries(generated)) if (name !== "baseUrl") rows.push([codeSpan(name), ...row]);
  return markdownTable(["option", "type", "default", "meaning"], rows);
}

function serverVariableType(api: Api): string | undefined {
  const seen = new Map<string, string[] | undefined>();
  for (const env of api.environments) for (const v of env.variables) if (!seen.has(v.name)) seen.set(v.name, v.enum);
  if (seen.size === 0) return undefined;
  const members = [...seen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([name, values]) =>
        `${propertyName(name)}?: ${values && values.length > 0 ? values.map(quoteString).join(" | ") : "string"}`,
    );
  return `{ ${members.join("; ")} }`;
}

/** The runtime's per-call options (`PaginateOptions`, which covers `RequestOptions`). */
export type CallOptionName = keyof ReturnType<typeof callOptionRows>;

/** Every per-call option (test/types/runtime-data.test-d.ts fails when the runtime's `PaginateOptions` differ). */
function callOptionRows(api: Api) {
  const headers = [...new Set(api.operations.flatMap((op) => (op.idempotency ? [op.idempotency.header] : [])))];
  const auto = api.operations.filter((op) => op.idempotency?.auto === true);
  const headerText = headers.length > 0 ? `Sent as ${headers.map(codeSpan).join(" or ")}` : "Sent as `Idempotency-Key`";
  const autoText = auto.length > 0 ? " Calls of this API that declare it get a random key when you pass none." : "";
  return {
    signal: [
      codeSpan("AbortSignal"),
      "none",
      "Cancels the call, including waits between retries and further pages; it then rejects with `ApiAbortedError`.",
    ],
    timeout: [codeSpan("number"), "the client's", "Per attempt, in ms, covering headers and body."],
    maxRetries: [codeSpan("number"), "the client's", "Retries for this call."],
    headers: [
      codeSpan("Record<string, string | null>"),
      "none",
      "Extra headers for this call; `null` removes a header set on the client.",
    ],
    idempotencyKey: [
      codeSpan("string"),
      auto.length > 0 ? "random for POST/PATCH" : "none",
      `${headerText} on every attempt of this call; makes a POST or PATCH retryable.${autoText}`,
    ],
    maxPages: [
      codeSpan("number"),
      "`10000`",
      "Paginated methods only: more pages raise `ApiPaginationError` instead of being cut off silently.",
    ],
  } satisfies Readonly<Record<string, Row>>;
}

/** The per-call options table (`maxPages` only when the API has paginated methods). */
export function callOptionsTable(api: Api): string {
  const paginated = api.operations.some((op) => op.pagination);
  const rows = Object.entries(callOptionRows(api))
    .filter(([name]) => name !== "maxPages" || paginated)
    .map(([name, row]) => [codeSpan(name), ...row]);
  return markdownTable(["option", "type", "default", "meaning"], rows);
}

/** The idempotency settings the spec declares, as a sentence (empty when it declares none). */
export function idempotencyNote(api: Api): string {
  const declared = api.operations.filter((op) => op.idempotency);
  if (declared.length === 0) return "";
  const headers = [...new Set(declared.map((op) => op.idempotency!.header))];
  const auto = declared.some((op) => op.idempotency!.auto);
  return (
    `This API takes idempotency keys in the ${headers.map(codeSpan).join(" / ")} header` +
    (auto
      ? "; calls that declare it get a random key (`crypto.randomUUID()`) when you pass none, the same on every retry of that call."
      : ".")
  );
}
