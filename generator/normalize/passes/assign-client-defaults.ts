/**
 * Client-level parameter defaults (`x-specforge-client-default`): each marked parameter names a client option
 * (`true` = the parameter's own name) that supplies its value when a call leaves it out. Option names become member
 * names; a name the generated options already use (`environment`, `auth`, `timeout`, …) is dropped with a warning,
 * and the parameter stays a plain per-call argument.
 */
import { toMemberName } from "../../naming/identifiers.js";
import type { Api, ClientDefault } from "../ir.js";
import { pointerWarning } from "../warnings.js";
import type { Pass } from "./pass.js";

/** Option names of every generated client (its own and the runtime's `ClientOptions`). */
export const RESERVED_OPTION_NAMES: ReadonlySet<string> = new Set([
  "environment",
  "baseUrl",
  "auth",
  "serverVariables",
  "fetch",
  "headers",
  "timeout",
  "maxRetries",
  "maxResponseBytes",
  "codecs",
  "securitySchemes",
  "maxRedirects",
  "retryHeaders",
  "maxRetryAfter",
  "paramDefaults",
]);

export const assignClientDefaults: Pass = {
  name: "assign-client-defaults",
  run(api: Api): Api {
    const byOption = new Map<string, ClientDefault>();
    for (const operation of api.operations) {
      for (const param of operation.params) {
        if (param.clientDefault === undefined) continue;
        const option = toMemberName(param.clientDefault, "param");
        if (RESERVED_OPTION_NAMES.has(option)) {
          api.warnings.push(
            pointerWarning(
              operation.pointer,
              "client-default-name",
              `x-specforge-client-default of ${param.in} parameter "${param.name}": the client option "${option}" is taken; the parameter stays a per-call argument`,
            ),
          );
          delete param.clientDefault;
          continue;
        }
        param.clientDefault = option;
        const fill = `${param.in} ${param.name}`;
        const known = byOption.get(option);
        if (known === undefined) byOption.set(option, { option, param, operation, fills: [fill] });
        else if (!known.fills.includes(fill)) known.fills.push(fill);
      }
    }
    api.clientDefaults = [...byOption.values()].sort((a, b) =>
      a.option < b.option ? -1 : a.option > b.option ? 1 : 0,
    );
    return api;
  },
};
