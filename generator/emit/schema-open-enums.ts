/** Enums in responses stay open to values a server adds later; requests keep them closed (see runtime/schema-markers.ts). */
import ts from "typescript";

/**
 * An enum of two or more (non-null) values also admits `$Unknown<string | number>`. The values are read from the
 * union openapi-typescript built, not from the schema: its `options.path` is not a JSON pointer for properties and
 * parameters (`#/components/schemas/E/prop`), so the schema cannot be looked up.
 */
export function openEnum(type: ts.TypeNode): ts.TypeNode | undefined {
  if (!ts.isUnionTypeNode(type) || !type.types.every(isLiteralMember)) return undefined;
  const values = type.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
  if (values.length < 2) return undefined;
  const open: ts.TypeNode[] = [];
  if (values.some(isStringMember)) open.push(unknownOf(ts.SyntaxKind.StringKeyword));
  if (values.some(isNumberMember)) open.push(unknownOf(ts.SyntaxKind.NumberKeyword));
  if (open.length === 0) return undefined;
  return ts.factory.createUnionTypeNode([...type.types, ...open]);
}

/** A literal type; openapi-typescript writes string literals as identifiers whose text is the quoted string. */
function isLiteralMember(node: ts.Node): boolean {
  return ts.isLiteralTypeNode(node) || isStringMember(node);
}

function isStringMember(node: ts.Node): boolean {
  return (
    (ts.isIdentifier(node) && node.text.startsWith('"')) ||
    (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal))
  );
}

function isNumberMember(node: ts.Node): boolean {
  return ts.isLiteralTypeNode(node) && (ts.isNumericLiteral(node.literal) || ts.isPrefixUnaryExpression(node.literal));
}

function unknownOf(kind: ts.KeywordTypeSyntaxKind): ts.TypeNode {
  return ts.factory.createTypeReferenceNode("$Unknown", [ts.factory.createKeywordTypeNode(kind)]);
}

/**
 * An open set — known string values next to plain `string` (`anyOf: [{ enum: [...] }, { type: string }]`) — keeps its
 * literals for editor completion: the bare `string` becomes `string & {}`, which TypeScript does not merge with them.
 */
export function openStringSet(type: ts.TypeNode): ts.TypeNode | undefined {
  if (!ts.isUnionTypeNode(type)) return undefined;
  const members = type.types.flatMap((t) =>
    ts.isParenthesizedTypeNode(t) && ts.isUnionTypeNode(t.type) ? [...t.type.types] : [t],
  );
  const plain = members.findIndex((t) => t.kind === ts.SyntaxKind.StringKeyword);
  if (plain < 0 || !members.some(isStringMember)) return undefined;
  const open = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode(members.map((t, i) => (i === plain ? open : t)));
}
