/** What every WADL converter needs: the WADL namespace, the id index for `href`/`type` references, the grammar, problems. */
import type { XsdConverter } from "../xsd/xsd-convert.js";
import type { XmlProblems } from "./xml-problems.js";
import { documentationText, type XmlElement } from "./xml-tree.js";

/** WADL 2009/02 (the W3C submission). */
export const WADL_2009 = "http://wadl.dev.java.net/2009/02";
/** The older 2006/10 namespace (faults instead of response status lists). */
export const WADL_2006 = "http://research.sun.com/wadl/2006/10";

/** Shared state of one WADL conversion. */
export interface WadlContext {
  namespace: string;
  problems: XmlProblems;
  xsd: XsdConverter;
  /** Elements with an `id`, by id. */
  ids: Map<string, XmlElement>;
  /** Base name of the WADL file, so `api.wadl#id` references count as local. */
  fileName: string;
}

/** Children of `element` in the WADL namespace named `local`. */
export function wadlChildren(ctx: WadlContext, element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.namespace === ctx.namespace && c.local === local);
}

/** Follows an `href` (or one entry of a `type` list) of the form `#id` to the element of kind `local`; reports problems. */
export function resolveReference(
  ctx: WadlContext,
  from: XmlElement,
  value: string,
  attribute: string,
  local: string,
): XmlElement | undefined {
  const hash = value.indexOf("#");
  const document = hash === -1 ? value : value.slice(0, hash);
  if (hash === -1 || (document !== "" && document !== ctx.fileName)) {
    ctx.problems.error(
      from,
      "wadl-external-reference",
      `reference ${JSON.stringify(value)} must name an element of this document as "#id" (references to other documents are not supported)`,
      attribute,
    );
    return undefined;
  }
  const target = ctx.ids.get(value.slice(hash + 1));
  if (!target) {
    ctx.problems.error(
      from,
      "wadl-unresolved-reference",
      `no element with id ${JSON.stringify(value.slice(hash + 1))} in this document`,
      attribute,
    );
    return undefined;
  }
  if (target.local !== local || target.namespace !== ctx.namespace) {
    ctx.problems.error(
      from,
      "wadl-wrong-reference-kind",
      `${JSON.stringify(value)} names a <${target.local}>, expected a <${local}>`,
      attribute,
    );
    return undefined;
  }
  return target;
}

/** The element itself, or the one its `href` names (method, param and representation references). */
export function dereference(ctx: WadlContext, element: XmlElement): XmlElement | undefined {
  const href = element.attributes["href"];
  if (href === undefined) return element;
  const target = resolveReference(ctx, element, href, "href", element.local);
  if (target?.attributes["href"] !== undefined) {
    ctx.problems.error(
      element,
      "wadl-chained-reference",
      `${JSON.stringify(href)} names a <${element.local}> that is itself a reference; point at the definition`,
      "href",
    );
    return undefined;
  }
  return target;
}

/** Indexes every WADL element that has an `id`; duplicates are reported. */
export function indexIds(ctx: WadlContext, root: XmlElement): void {
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const id = element.attributes["id"];
    if (id !== undefined && element.namespace === ctx.namespace) {
      if (ctx.ids.has(id))
        ctx.problems.error(element, "wadl-duplicate-id", `id ${JSON.stringify(id)} is used twice`, "id");
      else ctx.ids.set(id, element);
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
}

/** Text of the `doc` children (title and content), as a description; undefined when there is none. */
export function docOf(ctx: WadlContext, element: XmlElement): { summary?: string; description?: string } {
  const docs = wadlChildren(ctx, element, "doc");
  const texts = docs.map(documentationText).filter(Boolean);
  const title = docs.map((d) => d.attributes["title"]?.trim()).find((t) => t !== undefined && t !== "");
  return { ...(title ? { summary: title } : {}), ...(texts.length > 0 ? { description: texts.join("\n\n") } : {}) };
}
