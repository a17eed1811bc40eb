/** The package README, rendered from templates/package-readme.md.hbs with Handlebars. */
import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { TEMPLATES_DIR } from "../paths.js";
import { quoteString, toCodeLiteral } from "../naming/literals.js";
import type { Api, Operation } from "../normalize/ir.js";
import type { GeneratedFile } from "./generated-file.js";
import { hasArguments } from "./operation-types.js";

const TEMPLATE_PATH = path.join(TEMPLATES_DIR, "package-readme.md.hbs");
let compiled: HandlebarsTemplateDelegate | undefined;

/** `README.md`: install, construction, one example per resource and a table of every operation. */
export function emitReadme(api: Api): GeneratedFile {
  compiled ??= Handlebars.compile(readFileSync(TEMPLATE_PATH, "utf8"), { strict: false });
  const context = {
    sourceName: api.sourceName,
    packageName: api.packageName,
    title: api.title,
    apiVersion: api.apiVersion,
    description: api.description?.trim(),
    clientName: api.clientName,
    constructorExample: api.environments.length > 0 ? `{ environment: ${quoteString(api.environments[0]!.key)} }` : `{ baseUrl: "https://api.example.com" }`,
    environments: api.environments.map((e) => ({ key: e.key, url: e.url, description: oneLine(e.description ?? "") })),
    resources: api.resources.map((r) => ({
      propertyName: r.propertyName,
      description: r.description?.trim(),
      example: r.operations[0] ? exampleCall(r.propertyName, r.operations[0]) : "",
    })),
    operations: api.resources.flatMap((r) =>
      r.operations.map((op) => ({
        call: `client.${r.propertyName}.${op.methodName}()`,
        method: op.method.toUpperCase(),
        path: op.path.replace(/\|/g, "\\|").replace(/`/g, "'"),
        summary: oneLine(op.summary ?? op.description ?? "").replace(/\|/g, "\\|"),
      })),
    ),
  };
  return { path: "README.md", content: compiled(context) };
}

function exampleCall(resource: string, op: Operation): string {
  const args: Record<string, unknown> = {};
  for (const p of op.params) if (p.required) args[p.key] = p.example;
  const argText = hasArguments(op) ? toCodeLiteral(args) : "";
  return `const result = await client.${resource}.${op.methodName}(${argText});`;
}

function oneLine(text: string): string {
  const line = text.split(/\r?\n/)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
