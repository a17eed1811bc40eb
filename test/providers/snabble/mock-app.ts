/**
 * The app-token flow of snabble's SDKs: `POST /apps/{appID}/users?project=` with `Basic appId:totp` creates an app
 * user and its first token; `GET /{project}/tokens?role=retailerApp` with `Basic appId:totp:appUserId:appUserSecret`
 * gives later tokens. Both need `Client-ID`. A wrong code is answered 401 (with the mock's `Date`).
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { failure, json, type Reply } from "./mock-http.js";
import { signJwt } from "./mock-jwt.js";
import { route, type Call, type Route } from "./mock-router.js";
import { PROJECTS } from "./mock-store.js";
import { acceptsTotp, basicParts } from "./mock-totp.js";

/** The registered test app: its id and its base32 secret (as snabble hands them out). */
export const TEST_APP = { id: "demo-app", secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA" } as const;
/** Token lifetime of the mock, in seconds. */
export const TOKEN_LIFETIME_S = 3600;
/** What an app token may do: the app-facing checkout calls, nothing of the management API. */
export const APP_PERMISSIONS = ["checkoutRead"] as const;

export interface AppUser {
  readonly id: string;
  readonly secret: string;
  readonly clientId: string;
}

/** The mock's app users and the tokens it issued. */
export class AppRegistry {
  readonly users = new Map<string, AppUser>();
  readonly issued: { readonly appUserId: string; readonly project: string; readonly token: string }[] = [];

  token(
    appUserId: string,
    project: string,
    nowMs: number,
  ): { id: string; token: string; issuedAt: number; expiresAt: number } {
    const issuedAt = Math.floor(nowMs / 1000);
    const expiresAt = issuedAt + TOKEN_LIFETIME_S;
    const token = signJwt({
      sub: appUserId,
      project,
      role: "retailerApp",
      permissions: [...APP_PERMISSIONS],
      iat: issuedAt,
      exp: expiresAt,
    });
    this.issued.push({ appUserId, project, token });
    return { id: randomUUID(), token, issuedAt, expiresAt };
  }
}

function clientId(headers: IncomingHttpHeaders): string | undefined {
  const value = headers["client-id"];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Checks the TOTP basic credentials; `parts` is the number of colon-separated fields expected. */
function checkCredentials(call: Call, appID: string, parts: 2 | 4): string[] | Reply {
  const fields = basicParts(call.headers.authorization);
  if (fields === undefined || fields.length !== parts)
    return failure(401, "wrapped", "invalid_credentials", "basic credentials of the app are required");
  if (fields[0] !== appID || appID !== TEST_APP.id)
    return failure(401, "wrapped", "invalid_credentials", "unknown app");
  if (!acceptsTotp(TEST_APP.secret, fields[1]!, call.now))
    return failure(401, "wrapped", "invalid_credentials", "invalid one-time password");
  return fields;
}

/** The two app-token routes, served from `registry`. */
export function appRoutes(registry: AppRegistry): Route[] {
  return [
    {
      ...route("POST", "/apps/{appID}/users", null, "wrapped", (call) => {
        const fields = checkCredentials(call, call.params["appID"]!, 2);
        if (!Array.isArray(fields)) return fields;
        const client = clientId(call.headers);
        if (client === undefined)
          return failure(400, "wrapped", "missing_client_id", "the Client-ID header is required");
        const project = call.url.searchParams.get("project") ?? "";
        if (!(PROJECTS as readonly string[]).includes(project))
          return failure(400, "wrapped", "unknown_project", `unknown project '${project}'`);
        const user: AppUser = { id: randomUUID(), secret: randomBytes(16).toString("hex"), clientId: client };
        registry.users.set(user.id, user);
        return json(200, {
          appUser: { id: user.id, secret: user.secret },
          token: registry.token(user.id, project, call.now),
        });
      }),
      auth: "appCredentials",
    },
    {
      ...route("GET", "/{project}/tokens", null, "wrapped", (call) => {
        const fields = checkCredentials(call, TEST_APP.id, 4);
        if (!Array.isArray(fields)) return fields;
        const user = registry.users.get(fields[2]!);
        if (user === undefined || user.secret !== fields[3])
          return failure(401, "wrapped", "invalid_credentials", "unknown app user");
        if (clientId(call.headers) === undefined)
          return failure(400, "wrapped", "missing_client_id", "the Client-ID header is required");
        if ((call.url.searchParams.get("role") ?? "retailerApp") !== "retailerApp")
          return failure(400, "wrapped", "invalid_role", "role must be retailerApp");
        return json(200, registry.token(user.id, call.project, call.now));
      }),
      auth: "appUserCredentials",
    },
  ];
}
