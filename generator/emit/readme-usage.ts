/** The README's code-heavy sections: quick start, one example per resource, pagination, errors, retries. */
import type { Api, Operation } from "../normalize/ir.js";
import { quickConfig, quickStartSchemes } from "./readme-auth.js";
import {
  baseUrlOption,
  callCode,
  clientDefaultsOption,
  callSignature,
  exampleOperation,
  exampleStatements,
  findOperation,
  importLine,
  memberAccess,
} from "./readme-code.js";
import { codeSpan, fencedCode, inlineMarkdown, markdownProse } from "./readme-markdown.js";
import { objectKey } from "../naming/literals.js";

const ts = (lines: readonly string[]): string => fencedCode("ts", lines.join("\n"));

/** `new Client({...})` as the quick start writes it: the default environment (or a base URL) and the usual credentials. */
function quickConstruct(api: Api): string {
  const base = `${baseUrlOption(api)}${clientDefaultsOption(api)}`.replace(/, $/, "");
  const auth = quickStartSchemes(api).flatMap((s) => {
    const config = quickConfig(s);
    return config ? [`${objectKey(s.name)}: ${config}`] : [];
  });
  const options = [...(base ? [base] : []), ...(auth.length > 0 ? [`auth: { ${auth.join(", ")} }`] : [])];
  return `new ${api.clientName}(${options.length > 0 ? `{ ${options.join(", ")} }` : ""})`;
}

/** Create a client and make the first call. */
export function quickStart(api: Api): string {
  const first = findOperation(api, () => true);
  const call = first ? ["", ...exampleStatements(first.resource, first.op)] : [];
  return ts([importLine(api, [api.clientName]), "", `const client = ${quickConstruct(api)};`, ...call]);
}

/** Operation groups of a resource, in the order the README shows them; an operation belongs to the first that matches. */
const OPERATION_GROUPS: readonly { result: string; matches: (op: Operation) => boolean }[] = [
  { result: "page", matches: (op) => op.pagination !== undefined },
  { result: "found", matches: (op) => op.method === "get" },
  { result: "created", matches: (op) => op.method === "post" },
  { result: "updated", matches: (op) => op.method === "put" || op.method === "patch" },
  { result: "deleted", matches: (op) => op.method === "delete" },
  { result: "other", matches: () => true },
];

/** One heading and description per resource, and one runnable example per operation group (list, read, create, update, delete, other). */
export function usageSection(api: Api): string {
  const parts: string[] = [];
  for (const resource of api.resources) {
    const grouped = new Map<string, Operation[]>();
    for (const op of resource.operations) {
      const group = OPERATION_GROUPS.find((g) => g.matches(op))!.result;
      grouped.set(group, [...(grouped.get(group) ?? []), op]);
    }
    const shown = OPERATION_GROUPS.flatMap((g) => {
      const op = exampleOperation({ ...resource, operations: grouped.get(g.result) ?? [] });
      return op ? [{ op, result: g.result }] : [];
    });
    if (shown.length === 0) continue;
    parts.push(`### ${codeSpan(memberAccess("client", resource.propertyName))}`);
    if (resource.description?.trim()) parts.push(markdownProse(resource.description));
    for (const { op, result } of shown) parts.push(`${exampleTitle(op)}:`, ts(exampleStatements(resource, op, result)));
    const others = resource.operations
      .filter((o) => !shown.some((s) => s.op === o))
      .map((o) => codeSpan(`${o.methodName}()`));
    if (others.length > 0) parts.push(`Also: ${others.join(", ")} — see [Operations](#operations).`);
  }
  return parts.join("\n\n");
}

/** "List images (`GET /images/`)": the operation's summary (or method name), HTTP method and path, as inert Markdown. */
function exampleTitle(op: Operation): string {
  const summary = (op.summary ?? "").trim().split(/\r\n?|\n|\u2028|\u2029/)[0] ?? "";
  return `${summary === "" ? codeSpan(`${op.methodName}()`) : inlineMarkdown(summary)} (${codeSpan(`${op.method.toUpperCase()} ${op.path}`)})`;
}

/** The "Pagination" section body, or "" when no operation is paginated. */
export function paginationSection(api: Api): string {
  const found = findOperation(api, (op) => op.pagination !== undefined);
  if (!found) return "";
  const { resource, op } = found;
  const paginated = api.resources.flatMap((r) =>
    r.operations
      .filter((o) => o.pagination)
      .map((o) => `${codeSpan(callSignature(r, o))} (${codeSpan(o.pagination!.style)})`),
  );
  return [
    `Paginated methods return a \`PagePromise\`: await it for the first page, iterate it with \`for await\` for every item of every page, or call \`.pages()\` for page after page. Pages are fetched lazily (nothing is sent before you await or iterate, and \`break\` stops further requests), every page request carries the same auth, headers, timeout, retries and \`signal\`, and the iteration stops at the last page or when a link, cursor or page repeats. More than \`maxPages\` pages (default 10 000) raise \`ApiPaginationError\` instead of silently truncating.`,
    `Paginated here: ${paginated.join(", ")}.`,
    ts([
      `// Every item of every page:`,
      ...exampleStatements(resource, op),
      "",
      `// Page by page:`,
      `for await (const page of ${callCode(resource, op)}.pages()) {`,
      `  console.log(page);`,
      `}`,
      "",
      `// Only the first page, with the HTTP response:`,
      `const firstPage = await ${callCode(resource, op)};`,
      `const { data, response } = await ${callCode(resource, op)}.withResponse();`,
      `console.log(firstPage, data, response.status);`,
      "",
      `// A lower guard against runaway iterations:`,
      `for await (const item of ${callCode(resource, op, "{ maxPages: 50 }")}) {`,
      `  console.log(item);`,
      `}`,
    ]),
  ].join("\n\n");
}

/** Code for "Responses and errors": `withResponse`, `asResult` with the typed error body, and catching by class. */
export function errorExamples(api: Api): string {
  const first = findOperation(api, () => true);
  if (!first) return "";
  const plain = findOperation(api, (op) => op.pagination === undefined);
  const parts = [
    ts([
      `const { data, response } = await ${callCode(first.resource, first.op)}.withResponse();`,
      `console.log(response.status, response.headers.get("content-type"), data);`,
    ]),
  ];
  if (plain) {
    parts.push(
      `\`.asResult()\` never rejects: it resolves with the data or the error. For an HTTP error \`status\` is set, and then \`error.body\` is typed from the operation's error responses (\`${plain.op.errorTypeName}\` here).`,
    );
    parts.push(
      ts([
        importLine(api, [`type ${plain.op.errorTypeName}`]),
        "",
        `const outcome = await ${callCode(plain.resource, plain.op)}.asResult();`,
        `if (outcome.ok) {`,
        `  console.log(outcome.data);`,
        `} else if (outcome.status !== undefined) {`,
        `  const body: ${plain.op.errorTypeName} = outcome.error.body;`,
        `  console.log(outcome.status, body);`,
        `} else {`,
        `  console.log(outcome.error.message);`,
        `}`,
      ]),
    );
  }
  parts.push("Or catch errors by class:");
  parts.push(
    ts([
      importLine(api, [
        `${api.clientName}Error`,
        "ApiConnectionError",
        "ApiStatusError",
        "ApiTimeoutError",
        "NotFoundError",
        "RateLimitError",
      ]),
      "",
      `try {`,
      ...exampleStatements(first.resource, first.op).map((line) => `  ${line}`),
      `} catch (error) {`,
      `  if (error instanceof NotFoundError) console.log("not found", error.body);`,
      `  else if (error instanceof RateLimitError) console.log("rate limited; retry after", error.headers.get("retry-after"));`,
      `  else if (error instanceof ApiStatusError) console.log(error.status, error.requestId, error.body);`,
      `  else if (error instanceof ApiTimeoutError || error instanceof ApiConnectionError) console.log("network trouble:", error.message);`,
      `  else if (error instanceof ${api.clientName}Error) console.log(error.name, error.message);`,
      `  else throw error;`,
      `}`,
    ]),
  );
  return parts.join("\n\n");
}

/** Code for "Retries and timeouts": per-call options, an idempotency key on a POST when there is one, client defaults. */
export function retryExamples(api: Api): string {
  const first = findOperation(api, (op) => op.pagination === undefined) ?? findOperation(api, () => true);
  if (!first) return "";
  const post = findOperation(
    api,
    (op) => (op.method === "post" || op.method === "patch") && op.pagination === undefined,
  );
  const lines = [
    importLine(api, [api.clientName]),
    "",
    `// Per call: more retries, a shorter timeout, your own cancellation and an extra header:`,
    `const controller = new AbortController();`,
    `setTimeout(() => controller.abort(), 30_000);`,
    `await ${callCode(first.resource, first.op, `{ maxRetries: 5, timeout: 10_000, signal: controller.signal, headers: { "x-request-id": "req-123" } }`)};`,
  ];
  if (post) {
    lines.push(
      "",
      `// A ${post.op.method.toUpperCase()} is retried only with an idempotency key (the same on every attempt):`,
    );
    lines.push(`await ${callCode(post.resource, post.op, `{ idempotencyKey: "order-2024-0001" }`)};`);
  }
  lines.push(
    "",
    `// Client-wide defaults:`,
    `const patient = new ${api.clientName}({ ${baseUrlOption(api)}timeout: 120_000, maxRetries: 4, maxRetryAfter: 30_000 });`,
  );
  return ts(lines);
}
