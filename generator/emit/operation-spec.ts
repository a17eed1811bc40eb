/** The runtime `OperationSpec` of an operation, as typed data for `layoutLiteral`. */
import type { Operation, Response, ResponseContent, XmlShape } from "../normalize/ir.js";
import { isSuccessStatus } from "../normalize/build-responses.js";
import type {
  BodySpecData,
  HttpMethodData,
  OperationSpecData,
  ResponseSpecData,
  XmlShapeData,
} from "../runtime-data/operation-data.js";
import { xmlShapeData } from "./emit-xml-shapes-file.js";

/** Resolves the shared XML shapes an operation's shapes refer to: component → constant (see emit-xml-shapes-file.ts). */
type XmlNames = ReadonlyMap<string, string>;

/** The operation's `OperationSpec`; fields in the order the generated constant lists them. */
export function operationSpecData(op: Operation, xmlNames: XmlNames = new Map()): OperationSpecData {
  return {
    method: op.method.toUpperCase() as HttpMethodData,
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
    body: op.body ? bodySpecData(op.body, xmlNames) : undefined,
    response: responseSpecData(op, xmlNames),
    security: op.security,
    pagination: op.pagination,
    idempotencyHeader: op.idempotency?.header,
    idempotencyAuto: op.idempotency?.auto === true || undefined,
    retrySafe: op.retrySafe === true || undefined,
  };
}

function bodySpecData(body: NonNullable<Operation["body"]>, xmlNames: XmlNames): BodySpecData {
  return {
    required: body.required,
    from: body.from,
    contentTypeKey: body.contentTypeKey,
    variants: body.variants.map((v) => ({
      mediaType: v.mediaType,
      encoding: v.encoding,
      properties: v.properties,
      xml: xmlData(v.xml, xmlNames),
    })),
  };
}

function responseSpecData(op: Operation, xmlNames: XmlNames): ResponseSpecData {
  const contents = successContents(op);
  const bodies = contents.filter((c) => c.encoding !== "empty");
  const accept = [...new Set(bodies.map((c) => c.mediaType))];
  return {
    accept: accept.length > 0 ? accept.join(", ") : undefined,
    xml: xmlData(contents.find((c) => c.xml)?.xml, xmlNames),
    errorXml: errorShapes(op, (c) => xmlData(c.xml, xmlNames)),
    jsonArrays: contents.find((c) => c.arrays)?.arrays,
    errorJsonArrays: errorShapes(op, (c) => c.arrays),
    binary: bodies.length > 0 && bodies.every((c) => c.encoding === "binary") ? true : undefined,
  };
}

function xmlData(shape: XmlShape | undefined, xmlNames: XmlNames): XmlShapeData | undefined {
  return shape ? xmlShapeData(shape, xmlNames) : undefined;
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
