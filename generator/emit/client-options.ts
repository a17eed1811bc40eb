/** The `<Client>Options` interface: environment, baseUrl, auth (per scheme), serverVariables, and ClientOptions. */
import { jsDocBlock, jsDocText, propertyName, quoteString } from "../naming/literals.js";
import type { Api } from "../normalize/ir.js";
import { authOptionMembers } from "./client-auth.js";
import { layoutTypeLiteral, layoutUnion } from "./code-layout.js";
import { renderTypePath } from "./type-paths.js";

interface Member {
  name: string;
  type: string;
  optional: boolean;
  docs: string;
}

/** The exported options interface, laid out as text. */
export function optionsInterface(api: Api, envType: string): string {
  const members = optionMembers(api, envType).map(
    (m) => `${jsDocBlock(m.docs)}\n${m.name}${m.optional ? "?" : ""}: ${m.type};`,
  );
  const docs = jsDocBlock(jsDocText(`Options for \`new ${api.clientName}(...)\`.`));
  const head = `export interface ${api.clientName}Options extends Omit<ClientOptions, "baseUrl" | "securitySchemes" | "auth" | "paramDefaults">`;
  return `${docs}\n${head} ${layoutTypeLiteral(members)}`;
}

function optionMembers(api: Api, envType: string): Member[] {
  const members: Member[] = [
    {
      name: "environment",
      type: envType,
      optional: true,
      docs: "Which server to call; defaults to the first one the spec lists.",
    },
    {
      name: "baseUrl",
      type: "string",
      optional: api.environments.length > 0,
      docs: "Overrides the environment's URL (e.g. for a proxy or a mock server).",
    },
  ];
  const auth = authOptionMembers(api);
  members.push({
    name: "auth",
    type: auth.length > 0 ? layoutTypeLiteral(auth) : "Readonly<Record<string, never>>",
    optional: true,
    docs:
      auth.length > 0
        ? "Credentials per security scheme; a call uses the first requirement it can satisfy."
        : "This API declares no security schemes.",
  });
  members.push(...clientDefaultMembers(api));
  const variables = serverVariableMembers(api);
  members.push({
    name: "serverVariables",
    type: variables.length > 0 ? layoutTypeLiteral(variables) : "Readonly<Record<string, never>>",
    optional: true,
    docs:
      variables.length > 0
        ? "Values for the server URL variables; each defaults to the spec's default."
        : "The servers of this API have no variables.",
  });
  return members;
}

/** One option per `x-specforge-client-default` parameter: the value every call uses unless it passes its own. */
function clientDefaultMembers(api: Api): Member[] {
  return api.clientDefaults.map((d) => {
    const fills = d.fills
      .map((fill) => `${fill.slice(0, fill.indexOf(" "))} parameter \`${fill.slice(fill.indexOf(" ") + 1)}\``)
      .join(", ");
    const usage = `Used by every call that leaves it out (${fills}); a call's own value wins.`;
    return {
      name: propertyName(d.option),
      type: `Writable<${renderTypePath(d.param.type)}>`,
      optional: true,
      docs: jsDocText([d.param.description, usage].filter((t) => t !== undefined).join("\n\n")),
    };
  });
}

function serverVariableMembers(api: Api): string[] {
  const byName = new Map<string, { enum?: string[]; description?: string; default: string }>();
  for (const env of api.environments) for (const v of env.variables) if (!byName.has(v.name)) byName.set(v.name, v);
  return [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, v]) => {
      const type = v.enum && v.enum.length > 0 ? layoutUnion(v.enum.map(quoteString), 40) : "string";
      const doc = jsDocBlock(
        jsDocText(`${v.description ? `${v.description}\n\n` : ""}@default ${JSON.stringify(v.default)}`),
      );
      return `${doc}\n${propertyName(name)}?: ${type};`;
    });
}
