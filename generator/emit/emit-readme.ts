/**
 * The package README, rendered from templates/package-readme.md.hbs. Spec text reaches it only through the Markdown
 * helpers (`md` for prose, `text` for literal one-liners, `code` for code spans) or as Markdown built by the
 * readme-*.ts modules with the same helpers; anything else a template prints is HTML-escaped by Handlebars, so a
 * mistake shows up as visible entities rather than as markup.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { TEMPLATES_DIR } from "../paths.js";
import type { Api } from "../normalize/ir.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { authSection } from "./readme-auth.js";
import { callSignature } from "./readme-code.js";
import { environmentsSection } from "./readme-environments.js";
import { codeSpan, inlineMarkdown, markdownProse, markdownTable, markdownText } from "./readme-markdown.js";
import { callOptionsTable, clientOptionsTable, idempotencyNote } from "./readme-options.js";
import { linksSection } from "./readme-links.js";
import { rpcSection } from "./readme-rpc.js";
import { errorExamples, paginationSection, quickStart, retryExamples, usageSection } from "./readme-usage.js";

export { codeSpan, markdownText } from "./readme-markdown.js";

const TEMPLATE_PATH = path.join(TEMPLATES_DIR, "package-readme.md.hbs");
const handlebars = Handlebars.create();
/** Markdown built with the helpers, printed as is; "" stays "" so `{{#if}}` sees an empty section. */
const safe = (markdown: string): Handlebars.SafeString | "" =>
  markdown === "" ? "" : new handlebars.SafeString(markdown);
handlebars.registerHelper("md", (text: unknown) => safe(markdownProse(String(text ?? ""))));
handlebars.registerHelper("text", (text: unknown) => safe(markdownText(String(text ?? ""))));
handlebars.registerHelper("code", (text: unknown) => safe(codeSpan(String(text ?? ""))));
let compiled: HandlebarsTemplateDelegate | undefined;

/** `README.md`: install, construction per environment and auth scheme, options, examples, errors, retries, operations. */
export function emitReadme(api: Api): GeneratedFile {
  compiled ??= handlebars.compile(readFileSync(TEMPLATE_PATH, "utf8"), { strict: true });
  const paginated = api.operations.some((op) => op.pagination);
  const context = {
    sourceName: api.sourceName,
    packageName: api.packageName,
    packageVersion: api.packageVersion,
    title: oneLine(api.title),
    apiVersion: oneLine(api.apiVersion),
    description: api.description?.trim() ?? "",
    clientName: api.clientName,
    hasPagination: paginated,
    quickStart: safe(quickStart(api)),
    environments: safe(environmentsSection(api)),
    authentication: safe(authSection(api)),
    clientOptions: safe(clientOptionsTable(api)),
    callOptions: safe(callOptionsTable(api)),
    usage: safe(usageSection(api)),
    pagination: safe(paginationSection(api)),
    links: safe(linksSection(api)),
    errors: safe(errorExamples(api)),
    retries: safe(retryExamples(api)),
    idempotency: safe(idempotencyNote(api)),
    retrySafe: safe(
      api.resources
        .flatMap((r) => r.operations.filter((op) => op.retrySafe).map((op) => codeSpan(callSignature(r, op))))
        .join(", "),
    ),
    rpcFunctions: safe(rpcSection(api)),
    operations: safe(operationsTable(api)),
  };
  return { path: "README.md", content: compiled(context) };
}

/** Every operation: the call, HTTP method, path and a one-line summary (deprecated and paginated ones marked). */
function operationsTable(api: Api): string {
  const rows = api.resources.flatMap((r) =>
    r.operations.map((op) => {
      const marks = [...(op.deprecated ? ["**Deprecated.**"] : []), ...(op.pagination ? ["*Paginated.*"] : [])];
      const summary = inlineMarkdown(oneLine(op.summary ?? op.description ?? ""));
      const where = op.rpc ? `${codeSpan(op.path)} RPC ${codeSpan(op.rpc.name)}` : codeSpan(op.path);
      return [
        codeSpan(callSignature(r, op)),
        op.method.toUpperCase(),
        where,
        [...marks, summary].filter((s) => s !== "").join(" "),
      ];
    }),
  );
  return markdownTable(["call", "HTTP", "path", "description"], rows);
}

/** The first line of a text, at most 120 characters. */
function oneLine(text: string): string {
  const line = text.trim().split(/\r\n?|[\n\u2028\u2029\u0085]/)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
