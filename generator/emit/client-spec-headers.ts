/** The client's default headers from the spec (`x-specforge-default-headers`): a module constant merged under the user's `headers`. */
import type { Api } from "../normalize/ir.js";
import { layoutLiteral } from "./code-layout.js";
import { constStatement } from "./print.js";

/** True when the spec declares default headers. */
export function hasSpecHeaders(api: Api): boolean {
  return api.defaultHeaders !== undefined && Object.keys(api.defaultHeaders).length > 0;
}

/** The imports the constant and the constructor need (none when the spec declares no default headers). */
export function specHeadersImports(api: Api): string[] {
  return hasSpecHeaders(api)
    ? [
        `import type { HeaderValues } from "./runtime/headers.js";`,
        `import { specHeadersFor } from "./runtime/spec-headers.js";`,
      ]
    : [];
}

/** `const specHeaders: HeaderValues = {...};` (nothing when the spec declares no default headers). */
export function specHeadersConstant(api: Api): string[] {
  if (!hasSpecHeaders(api)) return [];
  return [
    constStatement({
      name: "specHeaders",
      type: "HeaderValues",
      initializer: layoutLiteral(api.defaultHeaders, "const specHeaders: HeaderValues = ".length),
    }),
  ];
}

const ONE_LINE = "new ApiClientCore({ ...rest, securitySchemes, auth, baseUrl: base });";

/**
 * The `new ApiClientCore({...})` statement with the spec's headers first in `headers`, so the client's own headers (and a
 * call's) replace or remove (`null`) them; `specHeadersFor` leaves `User-Agent` out in browsers.
 */
export function withSpecHeaders(api: Api, construction: string): string {
  if (!hasSpecHeaders(api)) return construction;
  const multiLine = construction.replace(
    ONE_LINE,
    "new ApiClientCore({\n  ...rest,\n  securitySchemes,\n  auth,\n  baseUrl: base,\n});",
  );
  return multiLine.replace(
    "  ...rest,\n",
    "  ...rest,\n  headers: { ...specHeadersFor(specHeaders), ...rest.headers },\n",
  );
}
