// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * HTTP basic with a password derived from a TOTP (`x-specforge-totp`): a fresh code for every attempt, and after a
 * 401 the server's clock (its `Date` header) is adopted once when it puts the code in another time step.
 */

import type { AuthStrategy, StrategyContext, UnauthorizedHandler } from "./auth-strategies.js";
import type { SchemeAuth, SecretInput, TotpBasicConfig } from "./auth-types.js";
import { encodeUtf8Base64 } from "./base64.js";
import { ApiRequestError } from "./errors.js";
import { assertSafeHeader } from "./headers.js";
import type { TotpSpec } from "./operation.js";
import { decodeBase32, generateTotp, totpCounter } from "./totp.js";

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The placeholders of a password template besides `{totp}`. */
export function templateValueNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => name !== "totp"))];
}

async function resolve(input: SecretInput, what: string, context: StrategyContext): Promise<string> {
  const value = typeof input === "function" ? await input() : input;
  if (typeof value !== "string" || value === "") throw new ApiRequestError(`${what} is empty`);
  if (typeof input === "function") context.secrets.addRotating(value);
  return value;
}

function checkConfig(config: SchemeAuth, names: readonly string[], context: StrategyContext): TotpBasicConfig {
  const where = `auth.${context.schemeName}`;
  const given = config as Partial<TotpBasicConfig>;
  if (
    typeof config !== "object" ||
    config === null ||
    typeof given.username !== "string" ||
    given.secret === undefined
  ) {
    throw new ApiRequestError(
      `${where} must be { username, secret${names.length > 0 ? ", values" : ""} } (HTTP basic with a TOTP password)`,
    );
  }
  const values = (given.values ?? {}) as Readonly<Record<string, SecretInput | undefined>>;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(values, name) || values[name] === undefined)
      throw new ApiRequestError(`${where}.values.${name} is missing`);
  }
  return config as TotpBasicConfig;
}

/** The strategy of a basic scheme with a TOTP password. */
export function totpBasicStrategy(totp: TotpSpec, config: SchemeAuth, context: StrategyContext): AuthStrategy {
  const names = templateValueNames(totp.password);
  const { username, secret, values, now } = checkConfig(config, names, context);
  const valueInputs = (values ?? {}) as Readonly<Record<string, SecretInput>>;
  if (typeof secret === "string") context.secrets.addFixed(secret);
  for (const name of names) if (typeof valueInputs[name] === "string") context.secrets.addFixed(valueInputs[name]);
  const clock = now ?? Date.now;
  let offsetMs = 0;

  const key = async (): Promise<Uint8Array> =>
    secret instanceof Uint8Array
      ? secret
      : decodeBase32(await resolve(secret, `auth.${context.schemeName}.secret`, context));
  const password = async (code: string): Promise<string> => {
    const filled = new Map<string, string>([["totp", code]]);
    for (const name of names)
      filled.set(name, await resolve(valueInputs[name]!, `auth.${context.schemeName}.values.${name}`, context));
    return totp.password.replace(PLACEHOLDER, (_match, name: string) => filled.get(name) ?? "");
  };

  return {
    apply: async (target) => {
      const time = clock() + offsetMs;
      const code = await generateTotp(await key(), time, totp);
      const credentials = encodeUtf8Base64(`${username}:${await password(code)}`);
      context.secrets.addRotating(credentials);
      const value = `Basic ${credentials}`;
      assertSafeHeader("authorization", value);
      target.headers.set("authorization", value);
      const sentStep = totpCounter(time, totp.period);
      const onUnauthorized: UnauthorizedHandler = async (_signal, response) => {
        const serverTime = Date.parse(response?.headers.get("date") ?? "");
        if (Number.isNaN(serverTime)) return false;
        const nextOffset = serverTime - clock();
        if (totpCounter(clock() + nextOffset, totp.period) === sentStep) return false;
        offsetMs = nextOffset;
        return true;
      };
      return onUnauthorized;
    },
  };
}
