/** The runtime `OperationSpec` of an operation, as plain data for `toCodeLiteral`. */
import type { Operation, Response, ResponseContent, XmlShape } from "../normalize/ir.js";
import { isSuccessStatus } from "../normalize/build-responses.js";
import { xmlShapeData } from "./emit-xml-shapes-file.js";

/**
 * Data matching templates/runtime/operation.ts `OperationSpec`; `xmlNames` (component → constant, see
 * emit-xml-shapes-file.ts) resolves the shared XML shapes the operation's shapes refer to.
 */
export function operationSpecData(
  op: Operation,
  xmlNames: ReadonlyMap<string, string> = new Map(),
): Record<string, unknown> {
  const xmlData = (shape: XmlShape | undefined): Record<string, unknown> | undefined =>
    shape ? xmlShapeData(shape, xmlNames) : undefined;
  const data: Record<string, unknown> = {
    method: op.method.toUpperCase(),
    path: op.path,
    params: op.params.map((p) => ({
      name: p.name,
      key: p.key,
      in: p.in,
      style: p.style,
      explode: p.explode,
      required: p.required || undefined,
      allowReserved: p.allowReserved || undefined,
      contentType: p.contentType,
      clientDefault: p.clientDefault,
    })),
  };
  if (op.body) {
    data["body"] = {
      required: op.body.required,
      from: op.body.from,
      contentTypeKey: op.body.contentTypeKey,
      variants: op.body.variants.map((v) => ({
        mediaType: v.mediaType,
        encoding: v.encoding,
        properties: v.properties,
        xml: xmlData(v.xml),
      })),
    };
  }
  const contents = successContents(op);
  const accept = [...new Set(contents.filter((c) => c.encoding !== "empty").map((c) => c.mediaType))];
  const xml = contents.find((c) => c.xml)?.xml;
  const bodies = contents.filter((c) => c.encoding !== "empty");
  const binary = bodies.length > 0 && bodies.every((c) => c.encoding === "binary") ? true : undefined;
  const jsonArrays = contents.find((c) => c.arrays)?.arrays;
  data["response"] = {
    accept: accept.length > 0 ? accept.join(", ") : undefined,
    xml: xmlData(xml),
    errorXml: errorShapes(op, (c) => xmlData(c.xml)),
    jsonArrays,
    errorJsonArrays: errorShapes(op, (c) => c.arrays),
    binary,
  };
  if (op.security) data["security"] = op.security;
  if (op.pagination) data["pagination"] = op.pagination;
  if (op.idempotency) {
    data["idempotencyHeader"] = op.idempotency.header;
    if (op.idempotency.auto) data["idempotencyAuto"] = true;
  }
  if (op.retrySafe) data["retrySafe"] = true;
  return data;
}

/** Responses that count as success: 2xx codes and `2XX`; else `default` when nothing else is declared. */
export function successResponses(op: Operation): Response[] {
  const success = op.responses.filter((r) => isSuccessStatus(r.status));
  if (success.length > 0) return success;
  const fallback = op.responses.filter((r) => r.status === "default");
  return fallback;
}

/** A shape of each error response by status (XML shapes, JSON array paths), so error bodies decode into their declared types. */
function errorShapes<T>(
  op: Operation,
  pick: (content: ResponseContent) => T | undefined,
): Record<string, T> | undefined {
  const success = new Set(successResponses(op));
  const shapes: [string, T][] = [];
  for (const response of op.responses) {
    if (success.has(response)) continue;
    const shape = response.contents.map(pick).find((s) => s !== undefined);
    if (shape) shapes.push([response.status, shape]);
  }
  return shapes.length > 0 ? Object.fromEntries(shapes) : undefined;
}

/** Media types of the success responses, in order; an `empty` entry stands for a response without content. */
export function successContents(op: Operation): ResponseContent[] {
  return successResponses(op).flatMap((r) =>
    r.contents.length > 0
      ? r.contents
      : [{ mediaType: "", encoding: "empty" as const, type: { root: "paths" as const, keys: [] } }],
  );
}
