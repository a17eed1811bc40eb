/** Renders IR type paths as indexed-access types into openapi-typescript's `paths` / `components`. */
import { quoteString } from "../naming/literals.js";
import type { TypePath } from "../normalize/ir.js";

/** `paths["/items"]["get"]` then every further step through `NonNullable`, so optional containers index safely. */
export function renderTypePath(path: TypePath): string {
  const [first, second, ...rest] = path.keys;
  let text: string = path.root;
  if (first !== undefined) text += `[${quoteString(first)}]`;
  if (second !== undefined) text += `[${quoteString(second)}]`;
  for (const key of rest) text = `NonNullable<${text}>[${quoteString(key)}]`;
  return text;
}
