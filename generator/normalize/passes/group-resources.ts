/** Groups operations into resources (names that differ only in case or punctuation merge), sorted by property name. */
import { claimUniqueName, toMemberName, toTypeName } from "../../naming/identifiers.js";
import { RUNTIME_EXPORT_NAMES } from "../../naming/reserved-exports.js";
import type { Api, Resource } from "../ir.js";
import { pointerWarning } from "../warnings.js";
import type { Pass } from "./pass.js";

/** The client property a resource name becomes: `Pet Store` → `petStore`. */
export function resourceKey(name: string): string {
  return toMemberName(name, "root");
}

export const groupResources: Pass = {
  name: "group-resources",
  run(api: Api): Api {
    const byKey = new Map<string, Resource>();
    for (const op of api.operations) {
      const key = resourceKey(op.resourceName);
      let resource = byKey.get(key);
      if (!resource) {
        resource = { name: op.resourceName, propertyName: key, className: "", fileName: "", operations: [] };
        const description = api.tagDescriptions.get(op.resourceName);
        if (description !== undefined) resource.description = description;
        byKey.set(key, resource);
      }
      resource.operations.push(op);
    }
    const oauthMember = byKey.get("oauth");
    if (oauthMember && api.securitySchemes.some((s) => s.spec.type === "oauth2")) {
      oauthMember.propertyName = "oauthApi";
      api.warnings.push(
        pointerWarning(
          oauthMember.operations[0]!.pointer,
          "resource-name-collision",
          `resource "oauth" is generated as "oauthApi": \`client.oauth\` holds the OAuth 2 helpers — set x-specforge-resource to choose a name`,
        ),
      );
    }
    const classNames = new Set<string>([
      api.clientName,
      ...RUNTIME_EXPORT_NAMES,
      ...api.schemas.flatMap((s) => [s.typeName, s.inputTypeName ?? ""]),
    ]);
    const fileNames = new Set<string>(WINDOWS_DEVICE_NAMES);
    api.resources = [...byKey.values()].sort((a, b) => (a.propertyName < b.propertyName ? -1 : 1));
    for (const resource of api.resources) {
      resource.className = claimUniqueName(`${toTypeName(resource.propertyName, "Root")}Resource`, classNames);
      resource.fileName = claimUniqueName(toFileName(resource.propertyName), fileNames);
    }
    return api;
  },
};

/** Names Windows reserves for devices whatever the extension (`con.ts` cannot be created): taken from the start. */
const WINDOWS_DEVICE_NAMES = [
  "con",
  "prn",
  "aux",
  "nul",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
];

/** kebab-case, lower case only, so names never clash on case-insensitive file systems. */
function toFileName(member: string): string {
  return (
    member
      .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
      .replace(/[^A-Za-z0-9-]/g, "")
      .toLowerCase() || "root"
  );
}
