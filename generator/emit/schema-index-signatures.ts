/**
 * Objects with fixed properties and `additionalProperties` / `patternProperties`: openapi-typescript writes
 * `{ count: number } & { [key: string]: string }`, which no object literal satisfies (`count` must also be a
 * string). They become one type literal whose index signature also admits the fixed properties' types.
 */
import ts from "typescript";

const printer = ts.createPrinter({ removeComments: true });
const scratch = ts.createSourceFile("index-signatures.ts", "", ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);

/** The type with every `{props} & {[key: string]: T}` (also inside unions and intersections) merged; undefined if none. */
export function mergeIndexSignatures(type: ts.TypeNode): ts.TypeNode | undefined {
  if (ts.isUnionTypeNode(type)) {
    const members = type.types.map((t) => mergeIndexSignatures(t));
    return members.some((m) => m !== undefined)
      ? ts.factory.createUnionTypeNode(members.map((m, i) => m ?? type.types[i]!))
      : undefined;
  }
  if (!ts.isIntersectionTypeNode(type)) return undefined;
  const merged = mergePair(type.types);
  if (merged) return merged;
  const members = type.types.map((t) => mergeIndexSignatures(t));
  return members.some((m) => m !== undefined)
    ? ts.factory.createIntersectionTypeNode(members.map((m, i) => m ?? type.types[i]!))
    : undefined;
}

function mergePair(types: readonly ts.TypeNode[]): ts.TypeNode | undefined {
  const [fixed, indexed] = types;
  if (types.length !== 2 || !fixed || !indexed || !ts.isTypeLiteralNode(fixed) || !ts.isTypeLiteralNode(indexed))
    return undefined;
  const props = fixed.members.filter(ts.isPropertySignature);
  const signature = indexed.members[0];
  if (
    props.length !== fixed.members.length ||
    indexed.members.length !== 1 ||
    !signature ||
    !ts.isIndexSignatureDeclaration(signature)
  )
    return undefined;
  const valueTypes = [
    signature.type,
    ...props.map((p) => p.type ?? ts.factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword)),
  ].flatMap((t) => (ts.isUnionTypeNode(t) ? [...t.types] : [t]));
  if (props.some((p) => p.questionToken !== undefined))
    valueTypes.push(ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword));
  const widened = ts.factory.updateIndexSignature(
    signature,
    signature.modifiers,
    signature.parameters,
    ts.factory.createUnionTypeNode(dedupe(valueTypes)),
  );
  return ts.factory.createTypeLiteralNode([...props, widened]);
}

function dedupe(types: readonly ts.TypeNode[]): ts.TypeNode[] {
  const seen = new Set<string>();
  return types.filter((t) => {
    const text = printer.printNode(ts.EmitHint.Unspecified, t, scratch);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
