/**
 * The one module that talks to openapi-typescript: the document goes in, TypeScript text comes out.
 * Its redocly-based loading is skipped (the loader has already bundled and validated the document).
 */
import { astToString, resolveRef, scanDiscriminators, transformSchema, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { escapeInvisibleCharacters } from "../naming/literals.js";
import { withOpenapiTypescriptPointers } from "./schema-ref-scopes.js";
import { anyOfDiscriminatorPatches, contentParameterPatches, objectNodes, withPatches } from "./schema-patches.js";
import { postTransformType, transformSchemaType } from "./schema-type-fixes.js";

const HELPER_NAMES = new Set(["$Read", "$Write", "Readable", "Writable"]);

/** `paths`, `components`, `operations`, … for the document, as text (without openapi-typescript's helper types). */
export function emitSchemaTypes(doc: Record<string, unknown>): string {
  const schema = doc as unknown as OpenAPI3;
  const transform = () => {
    const discriminators = withPatches(anyOfDiscriminatorPatches(objectNodes(doc)), () =>
      scanDiscriminators(schema, {}),
    );
    return transformSchema(schema, createContext(schema, discriminators));
  };
  const nodes = withOpenapiTypescriptPointers(doc, () => withPatches(contentParameterPatches(doc), transform)).filter(
    (node) => !isHelperAlias(node),
  );
  return halveIndentation(escapeInvisibleCharacters(astToString(nodes)));
}

/**
 * The TypeScript printer indents by four spaces; the rest of a package uses two. Only leading spaces change, and
 * the printer never puts a raw line break inside a string literal, so this cannot alter a value.
 */
function halveIndentation(text: string): string {
  return text.replace(/^( {4})+/gm, (indent) => " ".repeat(indent.length / 2));
}

function isHelperAlias(node: ts.Node): boolean {
  return ts.isTypeAliasDeclaration(node) && HELPER_NAMES.has(node.name.text);
}

function createContext(
  schema: OpenAPI3,
  discriminators: ReturnType<typeof scanDiscriminators>,
): Parameters<typeof transformSchema>[1] {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A property with a default may be left out of a request, so it stays optional (openapi-typescript would require it).
    defaultNonNullable: false,
    discriminators,
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: postTransformType,
    propertiesRequiredByDefault: false,
    redoc: {} as never,
    silent: true,
    transform: transformSchemaType,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: true,
    resolve<T>($ref: string): T | undefined {
      return resolveRef<T>(schema, $ref, { silent: true });
    },
  };
}
