/** The README's "Environments" part: the servers of the spec, their variables, and how to pick one or any URL. */
import { objectKey, quoteString } from "../naming/literals.js";
import type { Api, Environment, ServerVariable } from "../normalize/ir.js";
import { importLine, isAbsoluteUrl } from "./readme-code.js";
import { codeSpan, fencedCode, inlineMarkdown, markdownTable } from "./readme-markdown.js";

/** The "Environments" subsection. */
export function environmentsSection(api: Api): string {
  const parts = ["### Environments"];
  if (api.environments.length === 0) {
    parts.push("This API declares no servers: pass `baseUrl`.");
    parts.push(
      fencedCode(
        "ts",
        [
          importLine(api, [api.clientName]),
          "",
          `const client = new ${api.clientName}({ baseUrl: "https://api.example.com" });`,
        ].join("\n"),
      ),
    );
    return parts.join("\n\n");
  }
  parts.push(
    "`environment` picks one of the spec's servers; the first is the default. `baseUrl` replaces it with any URL.",
  );
  const rows = api.environments.map((e, i) => [
    `${codeSpan(quoteString(e.key))}${i === 0 ? " (default)" : ""}`,
    codeSpan(e.url),
    inlineMarkdown(e.description ?? ""),
  ]);
  parts.push(markdownTable(["environment", "base URL", "description"], rows));
  if (api.environments.some((e) => !isAbsoluteUrl(e.url))) {
    parts.push("Relative server URLs resolve against the page in browsers; elsewhere pass `baseUrl`.");
  }
  const variables = variableRows(api);
  if (variables.length > 0) {
    parts.push("Server URL variables (`serverVariables`; each defaults to the spec's default):");
    parts.push(markdownTable(["variable", "environments", "default", "allowed values", "description"], variables));
  }
  parts.push(fencedCode("ts", environmentCode(api).join("\n")));
  return parts.join("\n\n");
}

function variableRows(api: Api): string[][] {
  const byName = new Map<string, { variable: ServerVariable; environments: string[] }>();
  for (const env of api.environments) {
    for (const variable of env.variables) {
      const entry = byName.get(variable.name) ?? { variable, environments: [] };
      entry.environments.push(env.key);
      byName.set(variable.name, entry);
    }
  }
  return [...byName.values()].map(({ variable, environments }) => [
    codeSpan(variable.name),
    environments.map((k) => codeSpan(quoteString(k))).join(", "),
    codeSpan(quoteString(variable.default)),
    variable.enum && variable.enum.length > 0 ? variable.enum.map((v) => codeSpan(quoteString(v))).join(", ") : "any",
    inlineMarkdown(variable.description ?? ""),
  ]);
}

function environmentCode(api: Api): string[] {
  const lines = [importLine(api, [api.clientName]), ""];
  const chosen = api.environments.find((e) => e.variables.length > 0) ?? api.environments[api.environments.length - 1]!;
  const variables = serverVariablesCode(api, chosen);
  const options = [`environment: ${quoteString(chosen.key)}`, ...(variables ? [`serverVariables: ${variables}`] : [])];
  if ((api.environments.length > 1 && isAbsoluteUrl(chosen.url)) || variables)
    lines.push(`const client = new ${api.clientName}({ ${options.join(", ")} });`);
  lines.push(
    `const local = new ${api.clientName}({ baseUrl: "http://localhost:4010" }); // e.g. a proxy or a mock server`,
  );
  return lines;
}

/** `{ region: "eu" }`: a value for every variable of the environment, an allowed one that is not the default when there is one. */
function serverVariablesCode(api: Api, env: Environment): string | undefined {
  if (env.variables.length === 0) return undefined;
  const declared = new Map<string, ServerVariable>();
  for (const e of api.environments) for (const v of e.variables) if (!declared.has(v.name)) declared.set(v.name, v);
  const entries = env.variables.map((v) => {
    const typed = declared.get(v.name) ?? v;
    const value =
      typed.enum && typed.enum.length > 0
        ? (typed.enum.find((x) => x !== typed.default) ?? typed.enum[0]!)
        : typed.default;
    return `${objectKey(v.name)}: ${quoteString(value)}`;
  });
  return `{ ${entries.join(", ")} }`;
}
