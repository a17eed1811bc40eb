/** The normalization passes, in the order they run. */
import { assignArgumentKeys } from "./assign-argument-keys.js";
import { assignClientDefaults } from "./assign-client-defaults.js";
import { assignMethodNames } from "./assign-method-names.js";
import { assignResources } from "./assign-resources.js";
import { assignTypeNames } from "./assign-type-names.js";
import { groupResources } from "./group-resources.js";
import type { Pass } from "./pass.js";
import { resolveMethodCollisions } from "./resolve-method-collisions.js";

export const PASSES: readonly Pass[] = [
  assignResources,
  assignMethodNames,
  resolveMethodCollisions,
  assignArgumentKeys,
  assignClientDefaults,
  groupResources,
  assignTypeNames,
];
