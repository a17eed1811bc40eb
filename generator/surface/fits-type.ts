/** Assignability across the two builds of a package, with generated classes matched by name. */
import ts from "typescript";

/**
 * The classes of the two builds (a client, its resources) are distinct declarations with private members, so the
 * checker never finds one assignable to the other; they are the same public type when their names match, and
 * their members are compared as entries of their own.
 */
function generatedClassName(type: ts.Type): string | undefined {
  const symbol = type.getSymbol();
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class)) return undefined;
  const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? "";
  return file.startsWith("/specforge-surface/") && !file.includes("/src/runtime/") ? symbol.getName() : undefined;
}

/** True when every value of `source` fits `target`. */
export function fitsType(checker: ts.TypeChecker, source: ts.Type, target: ts.Type): boolean {
  const a = generatedClassName(source);
  if (a !== undefined && a === generatedClassName(target)) return true;
  return checker.isTypeAssignableTo(source, target);
}
