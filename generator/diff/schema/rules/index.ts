/** Every schema rule, by name, in the order they run on each schema pair. */
import type { SchemaRule } from "../schema-pair.js";
import { constraintsRule } from "./constraints-rule.js";
import { defaultRule } from "./default-rule.js";
import { deprecatedRule } from "./deprecated-rule.js";
import { enumRule } from "./enum-rule.js";
import { formatRule } from "./format-rule.js";
import { propertiesRule } from "./properties-rule.js";
import { typeRule } from "./type-rule.js";
import { variantRule } from "./variant-rule.js";

/** The schema rules as a dispatch table. */
export const SCHEMA_RULES: Readonly<Record<string, SchemaRule>> = {
  type: typeRule,
  format: formatRule,
  enum: enumRule,
  properties: propertiesRule,
  constraints: constraintsRule,
  default: defaultRule,
  deprecated: deprecatedRule,
  variants: variantRule,
};
