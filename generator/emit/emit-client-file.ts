/** `src/client.ts`: environments, the options type and the client class with one property per resource. */
import { StructureKind, type ClassDeclarationStructure } from "ts-morph";
import { claimUniqueName, toVariableName } from "../naming/identifiers.js";
import { jsDocLines, jsDocText, propertyName, quoteString } from "../naming/literals.js";
import type { Api } from "../normalize/ir.js";
import { authTypeImports, oauthMemberInit, oauthMemberType, oauthSchemes, securitySchemesData } from "./client-auth.js";
import { clientFeatures } from "./client-features.js";
import { followMethod, linkClientInit, linkClientProperty, linkImports, linkTypeImports } from "./client-links.js";
import { optionsInterface } from "./client-options.js";
import { specHeadersConstant, specHeadersImports, withSpecHeaders } from "./client-spec-headers.js";
import { layoutLiteral, layoutNamedList } from "./code-layout.js";
import type { GeneratedFile } from "../pipeline/generated-file.js";
import { generatedHeader } from "./header.js";
import { constStatement, printSourceFile, typeAliasStatement } from "./print.js";

const ENVIRONMENTS_SUFFIX = " as const satisfies Readonly<Record<string, EnvironmentSpec>>";

/** The client module of a package. */
export function emitClientFile(api: Api): GeneratedFile {
  const envType = `${api.clientName}Environment`;
  const features = clientFeatures(api);
  const runtimeImports = [
    "ApiClientCore",
    ...(api.links ? ["type ApiPromise"] : []),
    ...(features.statements.length > 0 ? ["type ClientFeatures"] : []),
    "type ClientOptions",
    ...(api.links ? ["type RequestOptions"] : []),
    ...authTypeImports(api).map((n) => `type ${n}`),
  ];
  const typeImports = [...linkTypeImports(api), ...(api.clientDefaults.length > 0 ? ["paths"] : [])];
  const statements = [
    layoutNamedList("import", runtimeImports, `"./runtime/index.js"`),
    `import { resolveBaseUrl, type EnvironmentSpec } from "./runtime/environments.js";`,
    ...specHeadersImports(api),
    ...features.imports,
    ...(api.clientDefaults.length > 0 ? [`import type { Writable } from "./runtime/schema-markers.js";`] : []),
    ...(typeImports.length > 0 ? [`import type { ${typeImports.join(", ")} } from "./types.js";`] : []),
    ...linkImports(api),
    ...(api.usesXml ? [`import { xmlCodec } from "./runtime/xml.js";`] : []),
    ...api.resources.map((r) => `import { ${r.className} } from "./resources/${r.fileName}.js";`),
    constStatement({
      name: "environments",
      type: "",
      initializer: `${layoutLiteral(environmentData(api), "const environments = ".length + ENVIRONMENTS_SUFFIX.length)}${ENVIRONMENTS_SUFFIX}`,
    }),
    constStatement({
      name: "securitySchemes",
      type: `ClientOptions["securitySchemes"]`,
      initializer: layoutLiteral(securitySchemesData(api), 60),
    }),
    ...specHeadersConstant(api),
    ...features.statements,
    typeAliasStatement({
      name: envType,
      type: api.environments.length > 0 ? "keyof typeof environments" : "never",
      docs: environmentDocs(api),
      exported: true,
    }),
    optionsInterface(api, envType),
    clientClass(api, features.statements.length > 0),
  ];
  return { path: "src/client.ts", content: printSourceFile(generatedHeader(api.sourceName), statements) };
}

function clientClass(api: Api, withFeatures: boolean): ClassDeclarationStructure {
  const hasOAuth = oauthSchemes(api).length > 0;
  const defaultEnvironment = api.environments.length > 0 ? quoteString(api.environments[0]!.key) : "undefined";
  const codecs = api.usesXml ? "\n  codecs: { xml: xmlCodec, ...rest.codecs }," : "";
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: api.clientName,
    docs: [
      jsDocLines({
        summary: `Client for ${api.title}${api.apiVersion ? ` (API version ${api.apiVersion})` : ""}.`,
        description: api.description,
      }) ?? "",
    ],
    properties: [
      ...api.resources.map((r) => ({
        name: propertyName(r.propertyName),
        type: r.className,
        isReadonly: true,
        docs: r.description ? [jsDocText(r.description)] : [],
      })),
      ...(hasOAuth
        ? [
            {
              name: "oauth",
              type: oauthMemberType(api),
              isReadonly: true,
              docs: ["OAuth 2 helpers per scheme: authorization URLs, code exchange, implicit redirects, tokens."],
            },
          ]
        : []),
      ...linkClientProperty(api),
    ],
    ctors: [
      {
        parameters: [
          {
            name: "options",
            type: `${api.clientName}Options`,
            ...(api.environments.length > 0 ? { initializer: "{}" } : {}),
          },
        ],
        statements: [
          `const { environment, baseUrl, serverVariables, auth, ${defaultsDestructure(api)}...rest } = options;`,
          `const base = resolveBaseUrl({\n  environments,\n  defaultEnvironment: ${defaultEnvironment},\n  environment,\n  baseUrl,\n  serverVariables,\n});`,
          withFeatures
            ? withSpecHeaders(api, clientConstruction(api, codecs)).replace(/\}\);$/, "}, features);")
            : withSpecHeaders(api, clientConstruction(api, codecs)),
          ...api.resources.map((r) => `this.${r.propertyName} = new ${r.className}(client);`),
          ...(hasOAuth ? [`const sessions: Partial<Record<string, OAuth2Session>> = {};`, oauthMemberInit(api)] : []),
          ...linkClientInit(api),
        ],
      },
    ],
    methods: followMethod(api),
  };
}

/** Names the constructor already uses; a parameter-default option is read into a local that avoids them. */
const CONSTRUCTOR_LOCALS = [
  "options",
  "environment",
  "baseUrl",
  "serverVariables",
  "auth",
  "rest",
  "base",
  "client",
  "sessions",
  "environments",
  "securitySchemes",
  "specHeaders",
  "specHeadersFor",
  "features",
];

/** Each parameter-default option with the local variable that holds it in the constructor. */
function defaultLocals(api: Api): { option: string; local: string }[] {
  const taken = new Set(CONSTRUCTOR_LOCALS);
  return api.clientDefaults.map((d) => ({
    option: d.option,
    local: claimUniqueName(toVariableName(d.option, "param"), taken),
  }));
}

/** `project, clientId, ` — the options that hold parameter defaults (empty when the API has none). */
function defaultsDestructure(api: Api): string {
  return defaultLocals(api)
    .map(({ option, local }) => (option === local ? `${local}, ` : `${propertyName(option)}: ${local}, `))
    .join("");
}

/** `new ApiClientCore({...})`; parameter-default options go to `paramDefaults`. */
function clientConstruction(api: Api, codecs: string): string {
  if (api.clientDefaults.length === 0) {
    return `const client = new ApiClientCore({ ...rest, securitySchemes, auth, baseUrl: base${codecs ? `,${codecs}\n` : " "}});`.replace(
      "{ ...rest, securitySchemes, auth, baseUrl: base,\n",
      "{\n  ...rest,\n  securitySchemes,\n  auth,\n  baseUrl: base,\n",
    );
  }
  const defaults = defaultLocals(api)
    .map(({ option, local }) => (option === local ? local : `${propertyName(option)}: ${local}`))
    .join(", ");
  return `const client = new ApiClientCore({\n  ...rest,\n  securitySchemes,\n  auth,\n  baseUrl: base,${codecs}\n  paramDefaults: { ${defaults} },\n});`;
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
  const lines = api.environments.map(
    (e, i) => `- \`${e.key}\`${i === 0 ? " (default)" : ""}: ${e.url}${e.description ? ` — ${e.description}` : ""}`,
  );
  return jsDocText(`Named environments (servers of the spec):\n${lines.join("\n")}`);
}
