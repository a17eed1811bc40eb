/** A canonical text for a type (members sorted, aliases expanded a few levels), so equal shapes print equally. */
import ts from "typescript";

/** Levels of object nesting expanded before falling back to the checker's own text. */
const MAX_DEPTH = 4;

/** Describes `type`; named classes stay names (their members are compared as entries of their own). */
export function describeType(
  checker: ts.TypeChecker,
  type: ts.Type,
  depth = 0,
  stack: Set<ts.Type> = new Set(),
): string {
  const plain = () => checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  if (type.isUnion())
    return type.types
      .map((t) => describeType(checker, t, depth, stack))
      .sort()
      .join(" | ");
  if (type.isIntersection())
    return type.types
      .map((t) => describeType(checker, t, depth, stack))
      .sort()
      .join(" & ");
  if (!(type.flags & ts.TypeFlags.Object) || depth > MAX_DEPTH || stack.has(type)) return plain();
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (symbol && symbol.flags & ts.SymbolFlags.Class) return checker.typeToString(type);
  if (symbol && isLibrarySymbol(symbol)) return plain();
  stack.add(type);
  try {
    if (checker.isArrayType(type))
      return `${describeType(checker, checker.getTypeArguments(type as ts.TypeReference)[0]!, depth, stack)}[]`;
    const calls = type.getCallSignatures();
    if (calls.length > 0) return calls.map((s) => describeSignature(checker, s, depth + 1, stack)).join(" & ");
    const members = checker.getPropertiesOfType(type).map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? "?" : "";
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      const propType = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
      return `${JSON.stringify(p.getName())}${optional}: ${describeType(checker, propType, depth + 1, stack)}`;
    });
    const index = checker
      .getIndexInfosOfType(type)
      .map((i) => `[key: ${checker.typeToString(i.keyType)}]: ${describeType(checker, i.type, depth + 1, stack)}`);
    return `{ ${[...members.sort(), ...index].join("; ")} }`;
  } finally {
    stack.delete(type);
  }
}

/** True for symbols of TypeScript's own lib files (Promise, Date, …): shown by name, never expanded. */
function isLibrarySymbol(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) =>
    /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(d.getSourceFile().fileName),
  );
}

/** `(name?: type, …) => return`. */
export function describeSignature(
  checker: ts.TypeChecker,
  signature: ts.Signature,
  depth = 0,
  stack: Set<ts.Type> = new Set(),
): string {
  const params = signature.getParameters().map((p) => {
    const decl = p.valueDeclaration;
    const optional = decl && ts.isParameter(decl) && checker.isOptionalParameter(decl) ? "?" : "";
    const type = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
    return `${p.getName()}${optional}: ${describeType(checker, type, depth, stack)}`;
  });
  return `(${params.join(", ")}) => ${describeType(checker, checker.getReturnTypeOfSignature(signature), depth, stack)}`;
}
