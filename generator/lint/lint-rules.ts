/** Every review lint rule, by code. */
import type { LintRule } from "./lint-rule.js";
import { exampleMismatchRule } from "./rules/example-mismatch.js";
import { inlineSchemaNameRule } from "./rules/inline-schema-name.js";
import { operationDescriptionMissingRule } from "./rules/operation-description-missing.js";
import { operationIdMissingRule } from "./rules/operation-id-missing.js";
import { parameterDescriptionMissingRule } from "./rules/parameter-description-missing.js";
import { securitySchemeUnusedRule } from "./rules/security-scheme-unused.js";
import { serverNotHttpsRule } from "./rules/server-not-https.js";

/** The lint rules as a dispatch table keyed by code. */
export const LINT_RULES: Readonly<Record<string, LintRule>> = Object.fromEntries(
  [
    operationIdMissingRule,
    operationDescriptionMissingRule,
    parameterDescriptionMissingRule,
    inlineSchemaNameRule,
    serverNotHttpsRule,
    securitySchemeUnusedRule,
    exampleMismatchRule,
  ].map((rule) => [rule.code, rule]),
);
