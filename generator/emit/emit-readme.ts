/** The package README, rendered from templates/package-readme.md.hbs with Handlebars. */
import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { TEMPLATES_DIR } from "../paths.js";
import { quoteString, toCodeLiteral } from "../naming/literals.js";
import type { Api, Operation } from "../normalize/ir.js";
import type { GeneratedFile } from "./generated-file.js";
import { argumentsOptional, hasArguments } from "./operation-types.js";

const TEMPLATE_PATH = path.join(TEMPLATES_DIR, "package-readme.md.hbs");
let compiled: HandlebarsTemplateDelegate | undefined;

/** `README.md`: install, construction, one example per resource and a table of every operation. */
export function emitReadme(api: Api): GeneratedFile {
  compiled ??= Handlebars.compile(readFileSync(TEMPLATE_PATH, "utf8"), { strict: false });
  const context = {
    sourceName: api.sourceName,
    packageName: api.packageName,
    title: markdownText(oneLine(api.title)),
    apiVersion: markdownText(oneLine(api.apiVersion)),
    description: api.description?.trim(),
    clientName: api.clientName,
    constructorExample: api.environments.length > 0 ? `{ environment: ${quoteString(api.environments[0]!.key)} }` : `{ baseUrl: "https://api.example.com" }`,
    environments: api.environments.map((e) => ({ key: e.key, url: codeSpan(e.url), description: markdownText(oneLine(e.description ?? "")) })),
    resources: api.resources.map((r) => ({
      propertyName: r.propertyName,
      description: r.description?.trim(),
      example: r.operations[0] ? exampleCall(r.propertyName, r.operations[0]) : "",
    })),
    operations: api.resources.flatMap((r) =>
      r.operations.map((op) => ({
        call: `client.${r.propertyName}.${op.methodName}()`,
        method: op.method.toUpperCase(),
        path: codeSpan(op.path),
        summary: markdownText(oneLine(op.summary ?? op.description ?? "")),
      })),
    ),
  };
  return { path: "README.md", content: compiled(context) };
}

function exampleCall(resource: string, op: Operation): string {
  const args: Record<string, unknown> = {};
  for (const p of op.params) if (p.required) args[p.key] = p.example;
  const argText = Object.keys(args).length > 0 || (hasArguments(op) && !argumentsOptional(op)) ? toCodeLiteral(args) : "";
  return `const result = await client.${resource}.${op.methodName}(${argText});`;
}

function oneLine(text: string): string {
  const line = text.split(/\r?\n/)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/**
 * Plain spec text (titles, summaries) as literal Markdown: characters Markdown or HTML would interpret are
 * backslash-escaped, and line terminators become spaces, so the text shows as written and cannot add markup.
 */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, " ").replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/** A Markdown code span holding `text` exactly (table-safe: `|` is escaped, which GitHub also applies inside code). */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029\u0085]+/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
