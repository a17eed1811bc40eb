/** Servers become named environments; server variables become typed client options. */
import { toMemberName } from "../naming/identifiers.js";
import { claimUniqueName } from "../naming/identifiers.js";
import { splitWords } from "../naming/words.js";
import type { Environment, ServerVariable } from "./ir.js";
import { isObject, stringField, type JsonObject } from "./refs.js";

/**
 * One environment per server. The key is `x-specforge-environment`, else the server description when it is
 * short (at most four words), else `server1`, `server2`, …; the first server is the default.
 */
export function buildEnvironments(doc: JsonObject): Environment[] {
  const servers = Array.isArray(doc["servers"]) ? doc["servers"].filter(isObject) : [];
  const taken = new Set<string>();
  return servers
    .filter((server) => typeof server["url"] === "string")
    .map((server, index) => {
      const env: Environment = {
        key: claimUniqueName(environmentKey(server, index), taken),
        url: server["url"] as string,
        variables: serverVariables(server["variables"]),
      };
      const description = stringField(server, "description");
      if (description !== undefined) env.description = description;
      return env;
    });
}

function environmentKey(server: JsonObject, index: number): string {
  const fallback = `server${index + 1}`;
  const explicit = stringField(server, "x-specforge-environment");
  if (explicit !== undefined) return toMemberName(explicit, fallback);
  const description = stringField(server, "description");
  if (description !== undefined && splitWords(description).length <= 4) return toMemberName(description, fallback);
  return fallback;
}

function serverVariables(raw: unknown): ServerVariable[] {
  if (!isObject(raw)) return [];
  return Object.keys(raw)
    .sort()
    .flatMap((name) => {
      const variable = raw[name];
      if (!isObject(variable)) return [];
      const built: ServerVariable = { name, default: String(variable["default"] ?? "") };
      if (Array.isArray(variable["enum"])) built.enum = variable["enum"].map(String);
      const description = stringField(variable, "description");
      if (description !== undefined) built.description = description;
      return [built];
    });
}
