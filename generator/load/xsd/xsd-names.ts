/**
 * Deterministic component names for global elements and types. An element and the same-named type it uses
 * (the JAXB habit: element `event` of type `event`) share one component; other clashes get a `Type` suffix, then a number.
 */
import type { XmlElement } from "../wadl/xml-tree.js";
import type { XsdDecl, XsdRegistry } from "./xsd-registry.js";

/** Names per declaration, and the component names shared by an element and its type. */
export interface ComponentNames {
  names: Map<XsdDecl, string>;
  merged: Set<string>;
}

/** Assigns names: elements first (document order), then complex and simple types. */
export function assignComponentNames(
  registry: XsdRegistry,
  namedTypeOf: (element: XmlElement) => XsdDecl | undefined,
): ComponentNames {
  const names = new Map<XsdDecl, string>();
  const merged = new Set<string>();
  const taken = new Set<string>();
  const claim = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
  };
  const sharers = new Map<XsdDecl, string>();
  for (const decl of registry.decls.filter((d) => d.kind === "element")) {
    const name = claim(componentSafe(decl.local));
    names.set(decl, name);
    const type = namedTypeOf(decl.element);
    if (type && type.local === decl.local && type.namespace === decl.namespace && !sharers.has(type)) {
      sharers.set(type, name);
      merged.add(name);
    }
  }
  for (const decl of registry.decls.filter((d) => d.kind === "complexType" || d.kind === "simpleType")) {
    const shared = sharers.get(decl);
    if (shared !== undefined) {
      names.set(decl, shared);
      continue;
    }
    const base = componentSafe(decl.local);
    names.set(decl, claim(taken.has(base) ? `${base}Type` : base));
  }
  return { names, merged };
}

/** Component names may only hold `A-Z a-z 0-9 . _ -` (OpenAPI); anything else becomes `_`. */
export function componentSafe(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, "_");
  return safe === "" ? "_" : safe;
}
