/** The global declarations of every schema in a grammar, keyed by namespace and local name. */
import type { XmlProblems } from "../wadl/xml-problems.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import { XSD_NS } from "./xsd-builtins.js";

/** Kinds of global XSD declarations that references can name. */
export type DeclKind = "element" | "complexType" | "simpleType" | "attribute" | "group" | "attributeGroup";

/** One global declaration and the schema it belongs to. */
export interface XsdDecl {
  kind: DeclKind;
  namespace: string;
  local: string;
  element: XmlElement;
  schema: XsdSchemaInfo;
}

/** Per-schema settings that decide XML names: target namespace and element form. */
export interface XsdSchemaInfo {
  targetNamespace: string;
  qualified: boolean;
  /** Prefix the schema declares for its target namespace, if any. */
  prefix: string | undefined;
}

/** A `{namespace}local` qualified name. */
export interface QName {
  namespace: string;
  local: string;
}

const KINDS = new Set<string>(["element", "complexType", "simpleType", "attribute", "group", "attributeGroup"]);

/** Global declarations of all schemas, in document order. */
export class XsdRegistry {
  readonly decls: XsdDecl[] = [];
  private readonly byKey = new Map<string, XsdDecl>();

  constructor(private readonly problems: XmlProblems) {}

  /** Registers the global declarations of one `xs:schema` element. */
  addSchema(root: XmlElement): void {
    const targetNamespace = root.attributes["targetNamespace"] ?? "";
    const prefix = [...root.scope.entries()].find(
      ([p, uri]) => p !== "" && p !== "xml" && uri === targetNamespace && targetNamespace !== "",
    )?.[0];
    const schema: XsdSchemaInfo = {
      targetNamespace,
      qualified: root.attributes["elementFormDefault"] === "qualified",
      prefix,
    };
    for (const child of root.children) {
      if (child.namespace !== XSD_NS || !KINDS.has(child.local)) continue;
      const local = child.attributes["name"];
      if (local === undefined) {
        this.problems.error(child, "xsd-missing-name", `a global xs:${child.local} needs a name attribute`);
        continue;
      }
      const decl: XsdDecl = {
        kind: child.local as DeclKind,
        namespace: targetNamespace,
        local,
        element: child,
        schema,
      };
      const key = keyOf(decl.kind, decl);
      if (this.byKey.has(key)) {
        this.problems.error(
          child,
          "xsd-duplicate-declaration",
          `xs:${child.local} ${JSON.stringify(local)} is declared twice in namespace ${JSON.stringify(targetNamespace)}`,
          "name",
        );
        continue;
      }
      this.byKey.set(key, decl);
      this.decls.push(decl);
    }
  }

  /** The declaration a QName names, if any. */
  find(kind: DeclKind, name: QName): XsdDecl | undefined {
    return this.byKey.get(keyOf(kind, name));
  }
}

/** Resolves `prefix:local` (an attribute value) with the namespaces in scope at `element`; undefined for an unknown prefix. */
export function resolveQName(element: XmlElement, value: string): QName | undefined {
  const trimmed = value.trim();
  const colon = trimmed.indexOf(":");
  const prefix = colon === -1 ? "" : trimmed.slice(0, colon);
  const local = colon === -1 ? trimmed : trimmed.slice(colon + 1);
  const namespace = element.scope.get(prefix);
  if (namespace === undefined && prefix !== "") return undefined;
  return { namespace: namespace ?? "", local };
}

function keyOf(kind: DeclKind, name: QName): string {
  return `${kind}\u0000${name.namespace}\u0000${name.local}`;
}
