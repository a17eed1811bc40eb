/**
 * The one module that talks to openapi-typescript: the document goes in, TypeScript text comes out.
 * Its redocly-based loading is skipped (the loader has already bundled and validated the document).
 */
import { astToString, resolveRef, scanDiscriminators, transformSchema, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";

const HELPER_NAMES = new Set(["$Read", "$Write", "Readable", "Writable"]);

/** `paths`, `components`, `operations`, … for the document, as text (without openapi-typescript's helper types). */
export function emitSchemaTypes(doc: Record<string, unknown>): string {
  const schema = doc as unknown as OpenAPI3;
  const ctx = createContext(schema);
  const nodes = transformSchema(schema, ctx).filter((node) => !isHelperAlias(node));
  return astToString(nodes);
}

function isHelperAlias(node: ts.Node): boolean {
  return ts.isTypeAliasDeclaration(node) && HELPER_NAMES.has(node.name.text);
}

function createContext(schema: OpenAPI3): Parameters<typeof transformSchema>[1] {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, {}),
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
    postTransform: (type, options) => (isLiteralUnion(type) ? openEnum(type, options.ctx.resolve<Record<string, unknown>>(options.path ?? "")) : undefined),
    propertiesRequiredByDefault: false,
    redoc: {} as never,
    silent: true,
    transform: (schemaObject) => (isBinaryString(schemaObject) ? blobType() : undefined),
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: true,
    resolve<T>($ref: string): T | undefined {
      return resolveRef<T>(schema, $ref, { silent: true });
    },
  };
}

function isBinaryString(schemaObject: { type?: unknown; format?: unknown }): boolean {
  const type = schemaObject.type;
  return schemaObject.format === "binary" && (type === "string" || (Array.isArray(type) && type.includes("string")));
}

function blobType(): ts.TypeNode {
  return ts.factory.createTypeReferenceNode("Blob");
}

/** Enums of two or more values also admit `$Unknown<string | number>` so responses tolerate values added later. */
function isLiteralUnion(type: ts.TypeNode): type is ts.UnionTypeNode {
  return ts.isUnionTypeNode(type) && type.types.every(isLiteralMember);
}

/** A literal type; openapi-typescript writes string literals as identifiers whose text is the quoted string. */
function isLiteralMember(node: ts.Node): boolean {
  if (ts.isLiteralTypeNode(node)) return true;
  return ts.isIdentifier(node) && node.text.startsWith('"');
}

function openEnum(type: ts.UnionTypeNode, schema: Record<string, unknown> | undefined): ts.TypeNode | undefined {
  if (!schema || !Array.isArray(schema["enum"]) || schema["enum"].length < 2) return undefined;
  const values = schema["enum"] as unknown[];
  const open: ts.TypeNode[] = [];
  if (values.some((v) => typeof v === "string")) open.push(unknownOf(ts.SyntaxKind.StringKeyword));
  if (values.some((v) => typeof v === "number")) open.push(unknownOf(ts.SyntaxKind.NumberKeyword));
  if (open.length === 0) return undefined;
  return ts.factory.createUnionTypeNode([...type.types, ...open]);
}

function unknownOf(kind: ts.KeywordTypeSyntaxKind): ts.TypeNode {
  return ts.factory.createTypeReferenceNode("$Unknown", [ts.factory.createKeywordTypeNode(kind)]);
}
