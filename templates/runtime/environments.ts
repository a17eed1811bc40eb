// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
import { ownValue } from "./own.js";

/** Base URLs: a named environment (servers of the spec) with its variables, or an explicit `baseUrl`. */

export interface ServerVariableSpec {
  readonly default: string;
  readonly enum?: readonly string[];
}

export interface EnvironmentSpec {
  readonly url: string;
  readonly variables?: Readonly<Record<string, ServerVariableSpec>>;
}

export interface BaseUrlOptions {
  readonly environments: Readonly<Record<string, EnvironmentSpec>>;
  readonly defaultEnvironment?: string | undefined;
  readonly environment?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly serverVariables?: Readonly<Record<string, string | undefined>> | undefined;
}

/** Picks the base URL: `baseUrl` if given, else the chosen (or default) environment with its variables filled in. */
export function resolveBaseUrl(options: BaseUrlOptions): string {
  if (options.baseUrl !== undefined && options.environment !== undefined) {
    throw new TypeError("pass either `baseUrl` or `environment`, not both");
  }
  if (options.baseUrl !== undefined) return options.baseUrl;
  const name = options.environment ?? options.defaultEnvironment;
  if (name === undefined) throw new TypeError("this API declares no servers: pass `baseUrl`");
  const env = ownValue(options.environments, name);
  if (env === undefined) {
    throw new TypeError(
      `unknown environment ${JSON.stringify(name)}; expected one of ${Object.keys(options.environments).join(", ")}`,
    );
  }
  const url = env.url.replace(/\{([^}]+)\}/g, (_match, variable: string) =>
    serverVariable(env, variable, ownValue(options.serverVariables, variable)),
  );
  return absoluteUrl(url);
}

/** Relative server URLs (`/v1`) resolve against the page in browsers; elsewhere they need an explicit `baseUrl`. */
function absoluteUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  if (typeof page === "string") return new URL(url, page).href;
  throw new TypeError(
    `the server URL ${JSON.stringify(url)} is relative: pass \`baseUrl\` (e.g. "https://api.example.com${url.startsWith("/") ? url : `/${url}`}")`,
  );
}

function serverVariable(env: EnvironmentSpec, name: string, given: string | undefined): string {
  const spec = ownValue(env.variables, name);
  const value = given ?? spec?.default;
  if (value === undefined)
    throw new TypeError(`server variable ${JSON.stringify(name)} has no value: pass it in \`serverVariables\``);
  if (spec?.enum && spec.enum.length > 0 && !spec.enum.includes(value)) {
    throw new TypeError(`server variable ${JSON.stringify(name)} must be one of ${spec.enum.join(", ")}`);
  }
  if (value === "" || /[\s@?#\\]/.test(value) || value.split("/").some((s) => s === "..")) {
    throw new TypeError(`server variable ${JSON.stringify(name)} has an unsafe value`);
  }
  return value;
}
