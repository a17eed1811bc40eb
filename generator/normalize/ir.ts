/**
 * The IR: the client as generated code sees it. Schema types stay with openapi-typescript; the IR points
 * at them with `TypePath`s into its `paths` / `components` output.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { DefaultHeadersData } from "../runtime-data/client-data.js";
import type { PaginationData } from "../runtime-data/pagination-data.js";
import type { SecuritySchemeData } from "../runtime-data/security-data.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
export type ParamLocation = "path" | "query" | "header" | "cookie";
export type ParamStyle = "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "simple" | "label" | "matrix";
export type BodyEncoding = "json" | "form" | "multipart" | "xml" | "text" | "binary" | "ndjson";

/** A type in openapi-typescript's output, as a root interface and the keys to index it with. */
export interface TypePath {
  root: "paths" | "components";
  keys: string[];
}

export interface Parameter {
  /** Name on the wire. */
  name: string;
  in: ParamLocation;
  /** Key of the generated argument object (the wire name unless it collides). */
  key: string;
  required: boolean;
  style: ParamStyle;
  explode: boolean;
  allowReserved: boolean;
  /** Media type of a content-encoded parameter. */
  contentType?: string;
  description?: string;
  deprecated: boolean;
  type: TypePath;
  /** A sample value for docs: the parameter's or its schema's example, else one made from the schema type. */
  example: unknown;
  /** The schema's `default` (what the server assumes when the parameter is left out), for the doc comment. */
  default?: unknown;
  /**
   * `x-specforge-client-default`: the client option (a member name) that supplies the value when a call leaves it
   * out; the argument is then optional. Cleared by the client-defaults pass when the name is unusable.
   */
  clientDefault?: string;
}

export interface XmlShape {
  name?: string;
  namespace?: string;
  prefix?: string;
  attribute?: boolean;
  wrapped?: boolean;
  /** The property is its parent element's text content (`xml.x-specforge-node-type: text`). */
  text?: boolean;
  array?: boolean;
  /** Primitive type of the element's text, so decoded values become numbers or booleans. */
  type?: "string" | "number" | "integer" | "boolean";
  properties?: Record<string, XmlShape>;
  items?: XmlShape;
  /**
   * The component (its name in `components.schemas`) whose shared shape holds this element's content — type, array,
   * items, properties; this shape then holds only the element's naming at the use site. See `Api.xmlShapes`.
   */
  ref?: string;
}

/** One component's XML content, emitted once per package (src/xml-shapes.ts) and referenced lazily by `ref`. */
export interface SharedXmlShape {
  /** Name in `components.schemas`. */
  component: string;
  /** The exported constant's name (ends in `Xml`, unique in the package). */
  constName: string;
  content: XmlShape;
}

export interface PropertyEncoding {
  contentType?: string;
  style?: ParamStyle;
  explode?: boolean;
  allowReserved?: boolean;
  /** The property is JSON text (`contentMediaType` JSON + `contentSchema`): callers pass the decoded value. */
  json?: boolean;
}

export interface BodyVariant {
  mediaType: string;
  encoding: BodyEncoding;
  type: TypePath;
  properties?: Record<string, PropertyEncoding>;
  xml?: XmlShape;
  /** Top-level property names of the body schema when it is a plain object (used to decide spreading). */
  objectProperties?: string[];
}

export interface RequestBody {
  required: boolean;
  description?: string;
  variants: BodyVariant[];
  /** `spread`: the body's properties are argument keys; otherwise the argument key holding the body. */
  from: "spread" | { key: string };
  /** Argument key selecting the media type, when there are several variants. */
  contentTypeKey?: string;
}

/** Where a JSON body holds arrays (pruned to the paths leading to one); see `x-specforge-single-item-arrays`. */
export interface ArrayShape {
  array?: boolean;
  items?: ArrayShape;
  properties?: Record<string, ArrayShape>;
}

export interface ResponseContent {
  mediaType: string;
  encoding: BodyEncoding | "empty";
  type: TypePath;
  xml?: XmlShape;
  /** Set for JSON bodies of APIs that write one-item arrays as the bare item (`x-specforge-single-item-arrays`). */
  arrays?: ArrayShape;
}

export interface Response {
  /** `200`, `2XX` or `default`. */
  status: string;
  description?: string;
  contents: ResponseContent[];
}

/** A security scheme: its name in `components.securitySchemes` and the runtime's `SecuritySchemeSpec` as data. */
export interface SecurityScheme {
  name: string;
  spec: SecuritySchemeData;
  description?: string;
}

/** One argument of an RPC function: where it goes in `[name, args, kwargs]` (or as a file part) and its argument key. */
export interface RpcArgument {
  kind: "positional" | "keyword" | "file";
  /** Wire name: the kwargs key or file part name (for positional arguments, the documented name). */
  name: string;
  /** Key of the generated argument object. */
  key: string;
  required: boolean;
  /** Default file name of a file part. */
  filename?: string;
}

/** An RPC function (`x-specforge-rpc`): generated as a method like an operation, sent as `[name, args, kwargs]`. */
export interface RpcFunction {
  /** Wire name, `module.function`. */
  name: string;
  /** Form field holding the JSON triple. */
  field: string;
  /** Error bodies are text (an HTML debug page is reduced to its traceback). */
  errorsAsText: boolean;
  /** Arguments in wire order: positional ones first (in order), then keyword ones, then files. */
  arguments: RpcArgument[];
  /** The function answers a binary stream. */
  binary: boolean;
  /** Derived component schemas of the arguments and the result. */
  argsType: TypePath;
  resultType: TypePath;
}

export interface Operation {
  /** JSON pointer of the operation object in the loaded document (of the function, for an RPC function). */
  pointer: string;
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** `x-specforge-resource` / `x-specforge-method` overrides. */
  resourceOverride?: string;
  methodOverride?: string;
  params: Parameter[];
  body?: RequestBody;
  responses: Response[];
  /** Requirement alternatives (scheme names that apply together); undefined = no auth. */
  security?: string[][];
  /** `x-specforge-pagination`, with body paths as arrays. */
  pagination?: PaginationData;
  idempotency?: { header: string; auto: boolean };
  retrySafe?: boolean;
  /** Set when this "operation" is an RPC function of an `x-specforge-rpc` endpoint (`params` and `body` are then empty). */
  rpc?: RpcFunction;
  /** Filled by passes. */
  resourceName: string;
  methodName: string;
  /** Exported type names for the arguments and the result. */
  argsTypeName: string;
  resultTypeName: string;
  /** Exported name of the item type of a paginated operation. */
  itemTypeName?: string;
  /** Exported name of the union of the operation's error bodies. */
  errorTypeName: string;
  /** Name of the module-level constant holding the runtime OperationSpec. */
  specConstName: string;
  /** README sample of the arguments a call needs (required parameters, required body or its required properties), by argument key. */
  readmeArgs?: [string, SampleValue][];
}

/** A README sample value: plain JSON data, raw bytes (shown as a `Blob`), or an object or list of samples. */
export type SampleValue =
  | { kind: "data"; value: unknown }
  | { kind: "blob" }
  | { kind: "object"; entries: [string, SampleValue][] }
  | { kind: "list"; items: SampleValue[] };

export interface Resource {
  /** Source of the name (tag or path segment). */
  name: string;
  description?: string;
  propertyName: string;
  className: string;
  fileName: string;
  operations: Operation[];
}

export interface ServerVariable {
  name: string;
  default: string;
  enum?: string[];
  description?: string;
}

export interface Environment {
  /** Key users pass as `environment`. */
  key: string;
  url: string;
  description?: string;
  variables: ServerVariable[];
}

/** A client option that supplies a parameter's value for every call (`x-specforge-client-default`). */
export interface ClientDefault {
  /** Option name on the generated client (and key in the runtime's `paramDefaults`). */
  option: string;
  /** The first parameter that declares it (its type and description document the option). */
  param: Parameter;
  /** The operation that parameter belongs to (for the type path). */
  operation: Operation;
  /** Wire name and location of every parameter the option fills, e.g. `path project`. */
  fills: string[];
}

export interface NamedSchema {
  /** Key in `components.schemas`. */
  name: string;
  /** Exported read-shape type name. */
  typeName: string;
  /** Exported write-shape type name, when the schema has readOnly/writeOnly parts. */
  inputTypeName?: string;
  description?: string;
  deprecated: boolean;
}

/** The hypermedia link schemas (`x-specforge-link`): their type names and the properties holding href and method. */
export interface LinkSchemas {
  typeNames: string[];
  href: string;
  method?: string;
}

export interface Api {
  /** Folder name of the spec, e.g. `sonlet`. */
  id: string;
  packageName: string;
  packageVersion: string;
  clientName: string;
  title: string;
  apiVersion: string;
  description?: string;
  /** Source file path relative to the repository (for generated headers). */
  sourceName: string;
  environments: Environment[];
  resources: Resource[];
  /** Operations before they are grouped into resources. */
  operations: Operation[];
  schemas: NamedSchema[];
  securitySchemes: SecurityScheme[];
  /** Client options that supply parameter values (`x-specforge-client-default`), sorted by option name. */
  clientDefaults: ClientDefault[];
  /** Descriptions from the top-level `tags` list, by tag name. */
  tagDescriptions: Map<string, string>;
  usesXml: boolean;
  /** Shared XML shapes of the components the XML bodies reference (directly or through each other), in discovery order. */
  xmlShapes: SharedXmlShape[];
  /** Set when component schemas are links (`x-specforge-link`): the client gets `follow(link)`. */
  links?: LinkSchemas;
  /** A component schema is typed as filter conditions (`x-specforge-conditions`): types.ts imports `Conditions`. */
  usesConditions?: boolean;
  /** Headers for every request (`x-specforge-default-headers`, placeholders filled in), sorted by lower-case name. */
  defaultHeaders?: DefaultHeadersData;
  warnings: Diagnostic[];
}
