/**
 * XSD → JSON Schema components: names every global element and type, converts them, and answers the WADL
 * reader's questions (the schema of `element="tns:event"` or `type="xs:int"`).
 */
import type { JsonObject } from "../../json-value.js";
import type { XmlProblems } from "../wadl/xml-problems.js";
import type { XmlElement } from "../wadl/xml-tree.js";
import { builtinSchema, XSD_NS } from "./xsd-builtins.js";
import { convertComplexType } from "./xsd-complex.js";
import type { XsdContext } from "./xsd-context.js";
import { elementTypeSchema } from "./xsd-element.js";
import { assignComponentNames } from "./xsd-names.js";
import { resolveQName, type DeclKind, type QName, type XsdDecl, type XsdRegistry } from "./xsd-registry.js";
import { convertSimpleType, withDocumentation } from "./xsd-simple.js";

/** Prefix used for a target namespace the schema declares no prefix for. */
const FALLBACK_PREFIX = "tns";

/** Converts a registry's declarations; one instance per WADL document. */
export class XsdConverter implements XsdContext {
  depth = 0;
  private readonly names: Map<XsdDecl, string>;
  private readonly merged: Set<string>;

  constructor(
    readonly registry: XsdRegistry,
    readonly problems: XmlProblems,
  ) {
    const assigned = assignComponentNames(registry, (element) => this.namedTypeOf(element));
    this.names = assigned.names;
    this.merged = assigned.merged;
  }

  /** Every component schema, in declaration order. */
  convertAll(): Record<string, JsonObject> {
    const out: Record<string, JsonObject> = Object.create(null) as Record<string, JsonObject>;
    for (const decl of this.registry.decls) {
      const name = this.names.get(decl);
      if (name === undefined || (decl.kind !== "element" && this.merged.has(name))) continue;
      out[name] = decl.kind === "element" ? this.convertGlobalElement(decl) : this.convertType(decl);
    }
    return out;
  }

  /** `$ref` for the global element a QName attribute names (a WADL representation's `element`). */
  elementRef(element: XmlElement, attribute: string): JsonObject | undefined {
    const decl = this.declOf(element, attribute, "element");
    return decl ? this.refTo(decl) : undefined;
  }

  typeSchema(element: XmlElement, attribute: string): JsonObject {
    return this.typeSchemaOf(element, element.attributes[attribute] ?? "", attribute);
  }

  typeSchemaOf(element: XmlElement, qname: string, attribute: string): JsonObject {
    const name = resolveQName(element, qname);
    if (!name) {
      this.problems.error(
        element,
        "xsd-unknown-prefix",
        `the prefix of ${JSON.stringify(qname)} is not declared (add an xmlns: declaration)`,
        attribute,
      );
      return {};
    }
    if (name.namespace === XSD_NS) {
      const builtin = builtinSchema(name.local);
      if (!builtin)
        this.problems.error(
          element,
          "xsd-unknown-type",
          `xs:${name.local} is not an XML Schema built-in type`,
          attribute,
        );
      return builtin ?? {};
    }
    const decl = this.lookup("complexType", name, qname) ?? this.lookup("simpleType", name, qname);
    if (!decl) {
      this.problems.error(
        element,
        "xsd-unknown-type",
        `type ${JSON.stringify(qname)} is not declared in the grammar${name.namespace ? ` (namespace ${name.namespace})` : ""}`,
        attribute,
      );
      return {};
    }
    return this.refTo(decl);
  }

  simpleBaseSchema(element: XmlElement, attribute: string): JsonObject {
    const raw = element.attributes[attribute] ?? "";
    const name = resolveQName(element, raw);
    const decl = name && name.namespace !== XSD_NS ? this.lookup("simpleType", name, raw) : undefined;
    if (!decl || this.depth > 32) return { ...this.typeSchema(element, attribute) };
    this.depth++;
    const schema = convertSimpleType(decl.element, this);
    this.depth--;
    delete schema["description"];
    return schema;
  }

  /** The JSON type behind a schema, following a `$ref` to a named simple type (so `default="1"` becomes a number). */
  valueSchemaOf(schema: JsonObject): JsonObject {
    const ref = schema["$ref"];
    if (typeof ref !== "string") return schema;
    const decl = this.registry.decls.find(
      (d) => d.kind === "simpleType" && `#/components/schemas/${this.componentName(d)}` === ref,
    );
    if (!decl || this.depth > 32) return schema;
    this.depth++;
    const resolved = convertSimpleType(decl.element, this);
    this.depth--;
    return resolved;
  }

  declOf(element: XmlElement, attribute: string, kind: DeclKind): XsdDecl | undefined {
    const raw = element.attributes[attribute] ?? "";
    const name = resolveQName(element, raw);
    if (!name) {
      this.problems.error(
        element,
        "xsd-unknown-prefix",
        `the prefix of ${JSON.stringify(raw)} is not declared (add an xmlns: declaration)`,
        attribute,
      );
      return undefined;
    }
    const decl = this.lookup(kind, name, raw);
    if (!decl)
      this.problems.error(
        element,
        `xsd-unknown-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        `no global xs:${kind} ${JSON.stringify(raw)} in the grammar${name.namespace ? ` (namespace ${name.namespace})` : ""}`,
        attribute,
      );
    return decl;
  }

  refTo(decl: XsdDecl): JsonObject {
    return { $ref: `#/components/schemas/${this.componentName(decl)}` };
  }

  componentName(decl: XsdDecl): string {
    return this.names.get(decl) ?? decl.local;
  }

  carriesXml(componentName: string): boolean {
    return this.merged.has(componentName);
  }

  elementXml(decl: XsdDecl): JsonObject {
    const xml: JsonObject = { name: decl.local };
    if (decl.namespace === "") return xml;
    xml["namespace"] = decl.namespace;
    if (!decl.schema.qualified) xml["prefix"] = decl.schema.prefix ?? FALLBACK_PREFIX;
    return xml;
  }

  /**
   * Finds a declaration; an unprefixed name that resolves to a default namespace without such a declaration falls
   * back to the no-namespace one (how Jersey and Enunciate WADLs write `element="event"` for a schema without target namespace).
   */
  private lookup(kind: DeclKind, name: QName, raw: string): XsdDecl | undefined {
    const found = this.registry.find(kind, name);
    if (found || raw.includes(":") || name.namespace === "") return found;
    return this.registry.find(kind, { namespace: "", local: name.local });
  }

  private convertGlobalElement(decl: XsdDecl): JsonObject {
    const name = this.names.get(decl)!;
    const typeDecl = this.namedTypeOf(decl.element);
    const content =
      typeDecl && this.merged.has(name) ? this.convertType(typeDecl) : elementTypeSchema(decl.element, this);
    return withDocumentation(decl.element, { ...content, xml: this.elementXml(decl) });
  }

  private convertType(decl: XsdDecl): JsonObject {
    return decl.kind === "complexType" ? convertComplexType(decl.element, this) : convertSimpleType(decl.element, this);
  }

  /** The named complex or simple type a global element's `type` attribute names, if any. */
  private namedTypeOf(element: XmlElement): XsdDecl | undefined {
    const raw = element.attributes["type"];
    const name = raw === undefined ? undefined : resolveQName(element, raw);
    if (!name || name.namespace === XSD_NS) return undefined;
    return this.lookup("complexType", name, raw!) ?? this.lookup("simpleType", name, raw!);
  }
}
