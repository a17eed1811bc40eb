/** Renders IR type paths as indexed-access types into openapi-typescript's `paths` / `components`. */
import { quoteString } from "../naming/literals.js";
import type { TypePath } from "../normalize/ir.js";

/**
 * `paths["/items"]["get"]["parameters"]…`, or from `opAlias` (a local alias of `paths[path][method]`) when given.
 * Only the members openapi-typescript may leave optional — a parameter location and `requestBody` — go through
 * `NonNullable`, so the types stay short.
 */
export function renderTypePath(path: TypePath, opAlias?: string): string {
  const [first, second, ...rest] = path.keys;
  let text: string = path.root;
  if (opAlias !== undefined && path.root === "paths" && second !== undefined) {
    text = opAlias;
  } else {
    if (first !== undefined) text += `[${quoteString(first)}]`;
    if (second !== undefined) text += `[${quoteString(second)}]`;
  }
  rest.forEach((key, i) => {
    text = `${text}[${quoteString(key)}]`;
    if (key === "requestBody" || rest[i - 1] === "parameters") text = `NonNullable<${text}>`;
  });
  return text;
}

/** The alias target of an operation: `paths["/items"]["get"]`. */
export function operationTypeRoot(path: string, method: string): string {
  return `paths[${quoteString(path)}][${quoteString(method)}]`;
}
