/** Normalize stage: the (upgraded, validated) document becomes the client-shaped IR. */
import { RUNTIME_EXPORT_NAMES } from "../naming/reserved-exports.js";
import { toTypeName } from "../naming/identifiers.js";
import { buildLinkSchemas } from "./build-links.js";
import { buildEnvironments } from "./build-environments.js";
import { buildOperations } from "./build-operations.js";
import { buildRpcFunctions } from "./build-rpc-functions.js";
import { buildReadmeSamples } from "./build-readme-samples.js";
import { buildSchemas } from "./build-schemas.js";
import { buildSecuritySchemes } from "./build-security.js";
import { buildDefaultHeaders, usesConditions } from "./build-signing.js";
import type { Api } from "./ir.js";
import { PASSES } from "./passes/index.js";
import { isObject, stringField, type JsonObject } from "./refs.js";
import { deriveRpcSchemas, type RpcSchemaNames } from "./rpc-schemas.js";
import { buildXmlShapeTable, operationXmlShapes } from "./xml-shape-table.js";

export interface NormalizeOptions {
  /** Folder name of the spec (e.g. `sonlet`); the client class is named after it unless `clientName` is given. */
  id: string;
  packageName: string;
  packageVersion: string;
  /** Spec path relative to the repository, for generated headers. */
  sourceName: string;
  clientName?: string;
  /**
   * Derived schema names of RPC functions, when the document already holds them (`deriveRpcSchemas`, which the
   * pipeline runs so that schema types see them too); otherwise they are derived here.
   */
  rpcSchemas?: ReadonlyMap<string, RpcSchemaNames>;
}

/** Builds the IR and runs every pass in order. */
export function normalizeApi(source: JsonObject, options: NormalizeOptions): Api {
  const { document: doc, names: rpcSchemas } = options.rpcSchemas
    ? { document: source, names: options.rpcSchemas }
    : deriveRpcSchemas(source);
  const info = isObject(doc["info"]) ? doc["info"] : {};
  const clientName = options.clientName ?? toTypeName(stringField(doc, "x-specforge-client") ?? options.id, "Client");
  const taken = new Set<string>([...RUNTIME_EXPORT_NAMES, clientName, `${clientName}Options`, `${clientName}Error`]);
  let api: Api = {
    id: options.id,
    packageName: options.packageName,
    packageVersion: options.packageVersion,
    clientName,
    title: stringField(info, "title") ?? options.id,
    apiVersion: stringField(info, "version") ?? "",
    sourceName: options.sourceName,
    environments: buildEnvironments(doc),
    resources: [],
    operations: [...buildOperations(doc), ...buildRpcFunctions(doc, rpcSchemas)],
    schemas: buildSchemas(doc, taken, new Set([...rpcSchemas.values()].flatMap((n) => [n.args, n.result]))),
    securitySchemes: buildSecuritySchemes(doc),
    clientDefaults: [],
    tagDescriptions: tagDescriptions(doc),
    usesXml: false,
    xmlShapes: [],
    warnings: [],
  };
  const description = stringField(info, "description");
  if (description !== undefined) api.description = description;
  const defaultHeaders = buildDefaultHeaders(doc, options);
  if (defaultHeaders !== undefined) api.defaultHeaders = defaultHeaders;
  if (usesConditions(doc)) api.usesConditions = true;
  const links = buildLinkSchemas(doc, api);
  if (links !== undefined) api.links = links;
  for (const pass of PASSES) api = pass.run(api);
  buildReadmeSamples(doc, api);
  api.usesXml = api.operations.some(
    (op) =>
      op.body?.variants.some((v) => v.encoding === "xml") ||
      op.responses.some((r) => r.contents.some((c) => c.encoding === "xml")),
  );
  api.xmlShapes = buildXmlShapeTable(doc, operationXmlShapes(api));
  return api;
}

/** A Map, not an object: tag names such as `constructor` must not find Object.prototype members. */
function tagDescriptions(doc: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of Array.isArray(doc["tags"]) ? doc["tags"] : []) {
    if (isObject(tag) && typeof tag["name"] === "string" && typeof tag["description"] === "string")
      out.set(tag["name"], tag["description"]);
  }
  return out;
}
