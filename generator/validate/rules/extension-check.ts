/** Checks the `x-specforge-*` fields of one node: known, in a place where they apply, and well-formed. */
import type { ValidateFunction } from "ajv";
import { EXTENSIONS, type ExtensionSite } from "../../extensions/extension-schemas.js";
import { parsePointer } from "../../load/pointer.js";
import type { ReportFinding } from "../rule.js";
import { didYouMean } from "../suggest.js";
import { loadValidators, type ValidatorSetSpec, type Validators } from "../validator-cache.js";

const SITE_NAMES: Record<ExtensionSite, string> = {
  root: "the document root",
  operation: "an operation",
  server: "a server",
  securityScheme: "a security scheme",
  parameter: "a parameter",
  schema: "a component schema",
  xml: "an XML object (a schema's `xml`)",
};

/** The extensions' value schemas and host schemas, as one validator set (compiled once, cached as standalone code). */
export function extensionValidatorSet(): ValidatorSetSpec {
  const schemas: { schema: object; key: string }[] = [];
  for (const [name, definition] of Object.entries(EXTENSIONS)) {
    schemas.push({ schema: definition.schema, key: validatorKey(name, "schema") });
    if (definition.host) schemas.push({ schema: definition.host.schema, key: validatorKey(name, "host") });
  }
  return {
    name: "specforge-extensions",
    dialect: "draft-07",
    options: { allErrors: false, strict: false },
    schemas,
    exports: Object.fromEntries(schemas.map(({ key }) => [key, key])),
    documents: schemas.map(({ schema }) => schema),
  };
}

function validatorKey(name: string, part: "schema" | "host"): string {
  return `https://specforge.invalid/extensions/${part}/${name}`;
}

let validators: Validators | undefined;

function validatorFor(name: string, part: "schema" | "host" = "schema"): ValidateFunction {
  validators ??= loadValidators(extensionValidatorSet());
  return validators[validatorKey(name, part)]!;
}

/** Whether a node has any specforge extension field (the only ones this check looks at). */
export function hasSpecforgeField(node: Record<string, unknown>): boolean {
  for (const key in node) if (key.startsWith("x-specforge-")) return true;
  return false;
}

/** Reports unknown, misplaced and malformed specforge extensions of a node found at a site of the given kind. */
export function checkExtensionSite(
  node: Record<string, unknown>,
  at: readonly string[],
  site: ExtensionSite,
  report: ReportFinding,
): void {
  for (const key of Object.keys(node)) {
    if (!key.startsWith("x-specforge-")) continue;
    const definition = EXTENSIONS[key];
    if (!definition) {
      report({
        at: [...at, key],
        code: "unknown-extension",
        message: `unknown extension ${JSON.stringify(key)}${didYouMean(key, Object.keys(EXTENSIONS))}; see docs/extensions.md`,
      });
      continue;
    }
    if (!definition.sites.includes(site)) {
      report({
        at: [...at, key],
        message: `${key} does not apply to ${SITE_NAMES[site]}; it belongs on: ${definition.sites.map((s) => SITE_NAMES[s]).join(", ")}`,
      });
      continue;
    }
    if (definition.host !== undefined && !validatorFor(key, "host")(node)) {
      report({ at: [...at, key], message: `${key} ${definition.host.message}; see docs/extensions.md` });
      continue;
    }
    const validate = validatorFor(key);
    if (!validate(node[key])) {
      const error = validate.errors?.[0];
      const where = parsePointer(error?.instancePath ?? "") ?? [];
      const detail = error
        ? `${error.instancePath ? `${error.instancePath.slice(1)} ` : ""}${error.message ?? "is invalid"}${describeParams(error.params)}`
        : "is invalid";
      report({ at: [...at, key, ...where], message: `${key}: ${detail}; see docs/extensions.md` });
    }
  }
}

function describeParams(params: Record<string, unknown> | undefined): string {
  if (!params) return "";
  if (Array.isArray(params["allowedValues"]))
    return ` (${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")})`;
  if (typeof params["additionalProperty"] === "string") return ` (${JSON.stringify(params["additionalProperty"])})`;
  return "";
}
