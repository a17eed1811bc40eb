/**
 * Temporary edits to the document while openapi-typescript reads it, for spec features it types wrongly.
 * Each edit is undone afterwards, so the caller's document is left as it was.
 */
type Node = Record<string, unknown>;

/** One property set on one node for the duration of a call. */
export interface SchemaPatch {
  node: Node;
  key: string;
  value: unknown;
}

/** Runs `run` with the patches applied (they must set keys the nodes do not have), then removes them. */
export function withPatches<T>(patches: readonly SchemaPatch[], run: () => T): T {
  for (const patch of patches) patch.node[patch.key] = patch.value;
  try {
    return run();
  } finally {
    for (const patch of patches) delete patch.node[patch.key];
  }
}

/** Every object in the document tree (each once; `$ref`s are not followed). */
export function objectNodes(root: unknown): Node[] {
  const found: Node[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    found.push(node as Node);
    stack.push(...Object.values(node));
  }
  return found;
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Discriminated `anyOf` lists shown as `oneOf`: openapi-typescript only narrows the members of a discriminated
 * `oneOf` (adding `propertyName: "value"` to each mapped schema), although a discriminator means the same on `anyOf`.
 * @see https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */
export function anyOfDiscriminatorPatches(nodes: readonly Node[]): SchemaPatch[] {
  return nodes
    .filter(
      (n) =>
        isNode(n["discriminator"]) &&
        typeof n["discriminator"]["propertyName"] === "string" &&
        Array.isArray(n["anyOf"]) &&
        n["oneOf"] === undefined,
    )
    .map((node) => ({ node, key: "oneOf", value: node["anyOf"] }));
}

/**
 * Content-encoded parameters (`content: {media: {schema}}` instead of `schema`) given their media type's schema:
 * openapi-typescript types them as `string`, but callers pass the value the runtime then serializes.
 * @see https://spec.openapis.org/oas/v3.1.0#fixed-fields-10
 */
export function contentParameterPatches(doc: Node): SchemaPatch[] {
  return parameterObjects(doc).flatMap((node) => {
    const content = node["content"];
    if (node["schema"] !== undefined || !isNode(content)) return [];
    const media = Object.values(content)[0];
    return isNode(media) && media["schema"] !== undefined ? [{ node, key: "schema", value: media["schema"] }] : [];
  });
}

/** Parameter objects of path items, operations and `components.parameters` (not `$ref`s). */
function parameterObjects(doc: Node): Node[] {
  const lists: unknown[] = [];
  const items = [
    ...valuesOf(doc["paths"]),
    ...valuesOf(isNode(doc["components"]) ? doc["components"]["pathItems"] : undefined),
  ];
  for (const item of items.filter(isNode)) {
    lists.push(item["parameters"]);
    for (const op of Object.values(item)) if (isNode(op)) lists.push(op["parameters"]);
  }
  const params = lists.flatMap((list) => (Array.isArray(list) ? list : []));
  params.push(...valuesOf(isNode(doc["components"]) ? doc["components"]["parameters"] : undefined));
  return params.filter((p): p is Node => isNode(p) && p["$ref"] === undefined);
}

function valuesOf(value: unknown): unknown[] {
  return isNode(value) ? Object.values(value) : [];
}
