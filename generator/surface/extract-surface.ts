/** The public surface of one generated package: every export, and every public member of exported classes. */
import ts from "typescript";
import { describeSignature, describeType } from "./describe-type.js";

/** What a surface entry is. */
export type SurfaceKind = "class" | "constructor" | "method" | "property" | "function" | "type" | "value";

/** One public declaration. */
export interface SurfaceEntry {
  /** `Sonlet`, `ItemsResource.list`, `ItemsListParams`. */
  name: string;
  kind: SurfaceKind;
  /** Canonical text of its type or signature (equal shapes print equally). */
  text: string;
  type?: ts.Type;
  signature?: ts.Signature;
  /** The declaration's symbol; the same symbol on both sides means the very same declaration (the shared runtime). */
  symbol: ts.Symbol;
}

/** openapi-typescript's raw lookup tables; they are compared through the named aliases the package exports. */
const RAW_TABLES = new Set(["paths", "components", "operations", "webhooks", "$defs"]);

/** Every public declaration exported by `indexFile`, keyed by name. */
export function extractSurface(
  checker: ts.TypeChecker,
  indexFile: ts.SourceFile | undefined,
): Map<string, SurfaceEntry> {
  const out = new Map<string, SurfaceEntry>();
  const moduleSymbol = indexFile && checker.getSymbolAtLocation(indexFile);
  if (!moduleSymbol) return out;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    if (RAW_TABLES.has(name)) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (isRuntimeSymbol(symbol)) {
      out.set(name, { name, kind: "value", text: "runtime export", symbol });
      continue;
    }
    for (const entry of entriesOf(checker, name, symbol)) out.set(entry.name, entry);
  }
  return out;
}

/** Declared in the package's runtime (templates/runtime, identical in every build): compared by name only. */
function isRuntimeSymbol(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => d.getSourceFile().fileName.includes("/src/runtime/"));
}

function entriesOf(checker: ts.TypeChecker, name: string, symbol: ts.Symbol): SurfaceEntry[] {
  if (symbol.flags & ts.SymbolFlags.Class) return classEntries(checker, name, symbol);
  if (symbol.flags & ts.SymbolFlags.Function) {
    const signature = checker.getTypeOfSymbol(symbol).getCallSignatures()[0];
    return signature
      ? [{ name, kind: "function", text: describeSignature(checker, signature), signature, symbol }]
      : [];
  }
  if (symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum)) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    return [{ name, kind: "type", text: describeType(checker, type), type, symbol }];
  }
  if (symbol.flags & ts.SymbolFlags.Variable) {
    const type = checker.getTypeOfSymbol(symbol);
    return [{ name, kind: "value", text: describeType(checker, type), type, symbol }];
  }
  return [];
}

function classEntries(checker: ts.TypeChecker, name: string, symbol: ts.Symbol): SurfaceEntry[] {
  const out: SurfaceEntry[] = [{ name, kind: "class", text: "class", symbol }];
  const constructor = checker.getTypeOfSymbol(symbol).getConstructSignatures()[0];
  if (constructor)
    out.push({
      name: `${name}.constructor`,
      kind: "constructor",
      text: describeSignature(checker, constructor),
      signature: constructor,
      symbol,
    });
  for (const member of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
    const decl = member.valueDeclaration ?? member.declarations?.[0];
    if (!decl || !isPublic(decl)) continue;
    const type = checker.getTypeOfSymbolAtLocation(member, decl);
    const memberName = `${name}.${member.getName()}`;
    const signature = member.flags & ts.SymbolFlags.Method ? type.getCallSignatures()[0] : undefined;
    out.push(
      signature
        ? { name: memberName, kind: "method", text: describeSignature(checker, signature), signature, symbol: member }
        : { name: memberName, kind: "property", text: describeType(checker, type), type, symbol: member },
    );
  }
  return out;
}

function isPublic(decl: ts.Declaration): boolean {
  const named = decl as ts.Declaration & { name?: ts.Node };
  if (named.name && ts.isPrivateIdentifier(named.name)) return false;
  return (ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
}
