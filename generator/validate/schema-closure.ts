/** Which subschemas of a JSON Schema apply to the same instance, to its children, or anywhere below it. */
import { followPointer, parseRefPointer } from "../load/pointer.js";

type SchemaNode = Record<string, unknown>;

/** Finds a schema document that a `$ref` names by URI (e.g. a meta-schema known to Ajv). */
export type SchemaLookup = (uri: string) => object | undefined;

/** Keywords whose subschemas apply to the same instance. */
const IN_PLACE = ["allOf", "anyOf", "oneOf", "if", "then", "else", "not", "dependentSchemas", "dependencies"];
/** Keywords whose subschemas apply to the instance's children. */
const TO_CHILDREN = [
  "properties",
  "patternProperties",
  "additionalProperties",
  "unevaluatedProperties",
  "items",
  "prefixItems",
  "additionalItems",
  "contains",
];
/** Keywords whose value maps names to subschemas. */
const MAP_KEYWORDS = new Set(["properties", "patternProperties", "dependentSchemas", "dependencies"]);

interface Home {
  document: object;
  base: string;
}

/** Closures over the compiled schema and the documents it refers to, memoized per subschema. */
export class SchemaClosures {
  private readonly local = new WeakMap<object, Set<object>>();
  private readonly children = new WeakMap<object, Set<object>>();
  private readonly everything = new WeakMap<object, Set<object>>();
  private readonly homes = new WeakMap<object, Home>();
  private readonly documents = new Map<string, object>();
  private readonly anchors = new WeakMap<object, Map<string, object>>();

  constructor(
    root: object,
    private readonly lookup: SchemaLookup = () => undefined,
  ) {
    this.register(root);
  }

  /** A subschema with its `$ref` (or `$dynamicRef`, statically) followed; itself when there is none. */
  deref(schema: unknown): unknown {
    if (!isSchema(schema)) return schema;
    const ref = typeof schema["$ref"] === "string" ? schema["$ref"] : schema["$dynamicRef"];
    const home = this.homes.get(schema);
    if (typeof ref !== "string" || !home) return schema;
    const hash = ref.indexOf("#");
    const uri = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    const document = uri === "" ? home.document : this.documentAt(resolveUri(uri, home.base));
    if (!document) return schema;
    if (fragment === "") return document;
    const target = fragment.startsWith("/")
      ? followPointer(document, parseRefPointer(`#${fragment}`) ?? [])
      : this.anchors.get(document)?.get(fragment);
    return target ?? schema;
  }

  /** Subschemas that apply to the same instance as `schema` (itself included). */
  inPlace(schema: object): Set<object> {
    return memo(this.local, schema, () =>
      this.collect(schema, (node) => IN_PLACE.flatMap((k) => subschemas(node[k], k))),
    );
  }

  /** Subschemas that apply to the direct children of the instance. */
  forChildren(schema: object): Set<object> {
    return memo(this.children, schema, () => {
      const out = new Set<object>();
      for (const node of this.inPlace(schema)) {
        for (const child of TO_CHILDREN.flatMap((k) => subschemas((node as SchemaNode)[k], k))) {
          if (isSchema(child)) for (const s of this.inPlace(child)) out.add(s);
        }
      }
      return out;
    });
  }

  /** Every subschema reachable from `schema`, through any keyword and any `$ref`. */
  reachable(schema: object): Set<object> {
    return memo(this.everything, schema, () =>
      this.collect(schema, (node) => Object.values(node).flatMap((v) => (Array.isArray(v) ? v : [v]))),
    );
  }

  /** Property names declared for the instance of `schema`, by any in-place subschema. */
  declaredNames(schema: object): Set<string> {
    const names = new Set<string>();
    for (const node of this.inPlace(schema)) {
      const properties = (node as SchemaNode)["properties"];
      if (isSchema(properties)) for (const name of Object.keys(properties)) names.add(name);
    }
    return names;
  }

  /** Nodes reachable from `start` through `next`, following each `$ref` as well as the node's own keywords. */
  private collect(start: object, next: (node: SchemaNode) => unknown[]): Set<object> {
    const out = new Set<object>();
    const queue: unknown[] = [start];
    while (queue.length > 0) {
      const node = queue.pop();
      if (!isSchema(node) || out.has(node)) continue;
      out.add(node);
      const target = this.deref(node);
      if (target !== node) queue.push(target);
      queue.push(...next(node));
    }
    return out;
  }

  private documentAt(uri: string): object | undefined {
    const known = this.documents.get(uri);
    if (known) return known;
    const found = this.lookup(uri);
    if (found) this.register(found);
    return found;
  }

  /** Records which document each node belongs to and its anchors, then registers the documents it refers to. */
  private register(document: object): void {
    const id = (document as SchemaNode)["$id"] ?? (document as SchemaNode)["id"];
    const base = typeof id === "string" ? id.replace(/#$/, "") : "";
    this.documents.set(base, document);
    const anchors = new Map<string, object>();
    this.anchors.set(document, anchors);
    const external = new Set<string>();
    const stack: unknown[] = [document];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== "object" || this.homes.has(node)) continue;
      this.homes.set(node, { document, base });
      const record = node as SchemaNode;
      for (const key of ["$anchor", "$dynamicAnchor"]) {
        const name = record[key];
        if (typeof name === "string" && !anchors.has(name)) anchors.set(name, node);
      }
      const ref = record["$ref"];
      if (typeof ref === "string" && !ref.startsWith("#")) external.add(resolveUri(ref.split("#")[0]!, base));
      stack.push(...Object.values(node));
    }
    for (const uri of external) this.documentAt(uri);
  }
}

function resolveUri(uri: string, base: string): string {
  try {
    return new URL(uri, base || undefined).href;
  } catch {
    return uri;
  }
}

/** The subschemas held by a keyword value: one schema, an array of them, or a map of them. */
function subschemas(value: unknown, keyword: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isSchema(value)) return [];
  return MAP_KEYWORDS.has(keyword) ? Object.values(value) : [value];
}

function memo(cache: WeakMap<object, Set<object>>, key: object, build: () => Set<object>): Set<object> {
  let found = cache.get(key);
  if (!found) {
    found = build();
    cache.set(key, found);
  }
  return found;
}

function isSchema(value: unknown): value is SchemaNode {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
