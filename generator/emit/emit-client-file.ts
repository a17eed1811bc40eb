/** `src/client.ts`: environments, the options type and the client class with one property per resource. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { jsDocLines, jsDocText, propertyName, quoteString, toCodeLiteral } from "../naming/literals.js";
import type { Api } from "../normalize/ir.js";
import { authOptionType, authTypeImports, oauthMemberInit, oauthMemberType, oauthSchemes, securitySchemesData } from "./client-auth.js";
import type { GeneratedFile } from "./generated-file.js";
import { generatedHeader } from "./header.js";
import { printSourceFile } from "./print.js";

/** The client module of a package. */
export function emitClientFile(api: Api): GeneratedFile {
  const hasEnvironments = api.environments.length > 0;
  const envType = `${api.clientName}Environment`;
  const optionsType = `${api.clientName}Options`;
  const hasOAuth = oauthSchemes(api).length > 0;
  const statements: (string | StatementStructures)[] = [
    `import { ApiClient, type ClientOptions${authTypeImports(api).map((n) => `, type ${n}`).join("")} } from "./runtime/index.js";`,
    `import { resolveBaseUrl, type EnvironmentSpec } from "./runtime/environments.js";`,
    ...(api.usesXml ? [`import { xmlCodec } from "./runtime/xml.js";`] : []),
    ...api.resources.map((r) => `import { ${r.className} } from "./resources/${r.fileName}.js";`),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: "environments", initializer: `${toCodeLiteral(environmentData(api))} as const satisfies Readonly<Record<string, EnvironmentSpec>>` }],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: "securitySchemes", type: "ClientOptions[\"securitySchemes\"]", initializer: toCodeLiteral(securitySchemesData(api)) }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: envType,
      type: hasEnvironments ? "keyof typeof environments" : "never",
      docs: [environmentDocs(api)],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: optionsType,
      extends: [`Omit<ClientOptions, "baseUrl" | "securitySchemes" | "auth">`],
      docs: [jsDocText(`Options for \`new ${api.clientName}(...)\`.`)],
      properties: optionProperties(api, envType),
    },
    {
      kind: StructureKind.Class,
      isExported: true,
      name: api.clientName,
      docs: [jsDocLines({ summary: `Client for ${api.title}${api.apiVersion ? ` (API version ${api.apiVersion})` : ""}.`, description: api.description }) ?? ""],
      properties: [
        ...api.resources.map((r) => ({
          name: propertyName(r.propertyName),
          type: r.className,
          isReadonly: true,
          docs: r.description ? [jsDocText(r.description)] : [],
        })),
        ...(hasOAuth ? [{ name: "oauth", type: oauthMemberType(api), isReadonly: true, docs: ["OAuth 2 helpers per scheme: authorization URLs (state, PKCE), code exchange, implicit redirects, tokens."] }] : []),
      ],
      ctors: [
        {
          parameters: [{ name: "options", type: optionsType, ...(hasEnvironments ? { initializer: "{}" } : {}) }],
          statements: [
            `const { environment, baseUrl, serverVariables, auth, ...rest } = options;`,
            `const client = new ApiClient({ ...rest, securitySchemes, auth, ${api.usesXml ? "codecs: { xml: xmlCodec, ...rest.codecs }, " : ""}baseUrl: resolveBaseUrl({ environments, defaultEnvironment: ${hasEnvironments ? quoteString(api.environments[0]!.key) : "undefined"}, environment, baseUrl, serverVariables }) });`,
            ...api.resources.map((r) => `this.${r.propertyName} = new ${r.className}(client);`),
            ...(hasOAuth ? [`const sessions: Partial<Record<string, OAuth2Session>> = {};`, `this.oauth = ${oauthMemberInit(api)};`] : []),
          ],
        },
      ],
    },
  ];
  return { path: "src/client.ts", content: printSourceFile(generatedHeader(api.sourceName), statements) };
}

function environmentData(api: Api): Record<string, unknown> {
  // Object.fromEntries defines own properties, so a variable named `__proto__` stays data.
  return Object.fromEntries(
    api.environments.map((env) => {
      const variables = Object.fromEntries(env.variables.map((v) => [v.name, { default: v.default, enum: v.enum }]));
      return [env.key, env.variables.length > 0 ? { url: env.url, variables } : { url: env.url }];
    }),
  );
}

function environmentDocs(api: Api): string {
  if (api.environments.length === 0) return "This API declares no servers; pass `baseUrl`.";
  const lines = api.environments.map((e, i) => `- \`${e.key}\`${i === 0 ? " (default)" : ""}: ${e.url}${e.description ? ` — ${e.description}` : ""}`);
  return jsDocText(`Named environments (servers of the spec):\n${lines.join("\n")}`);
}

function optionProperties(api: Api, envType: string) {
  const variables = new Map<string, { enum?: string[]; description?: string }>();
  for (const env of api.environments) for (const v of env.variables) if (!variables.has(v.name)) variables.set(v.name, v);
  const props = [
    { name: "environment", type: envType, hasQuestionToken: true, docs: ["Which server to call; defaults to the first one the spec lists."] },
    {
      name: "baseUrl",
      type: "string",
      hasQuestionToken: api.environments.length > 0,
      docs: ["Overrides the environment's URL (e.g. for a proxy or a mock server)."],
    },
  ];
  props.push({
    name: "auth",
    type: api.securitySchemes.length > 0 ? authOptionType(api) : "Readonly<Record<string, never>>",
    hasQuestionToken: true,
    docs: [api.securitySchemes.length > 0 ? "Credentials, one entry per security scheme of the spec; each call uses the first requirement it can satisfy." : "This API declares no security schemes."],
  });
  if (variables.size > 0) {
    const members = [...variables.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, v]) => `${propertyName(name)}?: ${v.enum && v.enum.length > 0 ? v.enum.map(quoteString).join(" | ") : "string"};`);
    props.push({ name: "serverVariables", type: `{ ${members.join(" ")} }`, hasQuestionToken: true, docs: ["Values for the server URL variables; each defaults to the spec's default."] });
  } else {
    props.push({ name: "serverVariables", type: "Readonly<Record<string, never>>", hasQuestionToken: true, docs: ["The servers of this API have no variables."] });
  }
  return props;
}
