/**
 * The `OperationSpec` a generated file holds for each operation, as the generator builds it for `layoutLiteral`:
 * what templates/runtime/operation.ts reads. The generator never imports the runtime, so these are its own types;
 * test/types/runtime-data.test-d.ts fails `tsc` when they and the runtime's interfaces drift apart. Optional fields
 * may hold `undefined` (the printer leaves them out); `ref` is a `LazyReference`, printed as `() => name`.
 */
import type { LazyReference } from "../naming/literals.js";
import type { BodyEncoding, HttpMethod, ParamLocation, ParamStyle } from "../normalize/ir.js";
import type { PaginationData } from "./pagination-data.js";

/** The method as the runtime takes it: upper case. */
export type HttpMethodData = Uppercase<HttpMethod>;

/** One parameter: where it goes on the wire and which argument key holds it (the runtime's `ParamSpec`). */
export interface ParamSpecData {
  readonly name: string;
  readonly key: string;
  readonly in: ParamLocation;
  readonly style: ParamStyle;
  readonly explode: boolean;
  readonly required?: boolean | undefined;
  readonly allowReserved?: boolean | undefined;
  readonly contentType?: string | undefined;
  readonly clientDefault?: string | undefined;
}

/** Per-property encoding of a form or multipart body (the runtime's `PropertyEncoding`). */
export interface PropertyEncodingData {
  readonly contentType?: string | undefined;
  readonly style?: ParamStyle | undefined;
  readonly explode?: boolean | undefined;
  readonly allowReserved?: boolean | undefined;
  readonly json?: boolean | undefined;
}

/** XML naming of a schema (the runtime's `XmlShape`); `ref` points lazily at a component's shared shape. */
export interface XmlShapeData {
  readonly name?: string | undefined;
  readonly namespace?: string | undefined;
  readonly prefix?: string | undefined;
  readonly attribute?: boolean | undefined;
  readonly wrapped?: boolean | undefined;
  readonly text?: boolean | undefined;
  readonly properties?: Readonly<Record<string, XmlShapeData>> | undefined;
  readonly items?: XmlShapeData | undefined;
  readonly array?: boolean | undefined;
  readonly type?: "string" | "number" | "integer" | "boolean" | undefined;
  readonly ref?: LazyReference | undefined;
}

/** Where a JSON body holds arrays (the runtime's `ArrayShape`). */
export interface ArrayShapeData {
  readonly array?: boolean | undefined;
  readonly items?: ArrayShapeData | undefined;
  readonly properties?: Readonly<Record<string, ArrayShapeData>> | undefined;
}

/** One media type of a request body (the runtime's `BodyVariant`). */
export interface BodyVariantData {
  readonly mediaType: string;
  readonly encoding: BodyEncoding;
  readonly properties?: Readonly<Record<string, PropertyEncodingData>> | undefined;
  readonly xml?: XmlShapeData | undefined;
}

/** How the request body is taken from the arguments and written (the runtime's `BodySpec`). */
export interface BodySpecData {
  readonly required: boolean;
  readonly from: "spread" | { readonly key: string };
  readonly contentTypeKey?: string | undefined;
  readonly variants: readonly BodyVariantData[];
}

/**
 * How a success response is read (the runtime's `ResponseSpec`, less `stream` and `errorText`, which only the
 * runtime's RPC request builder sets).
 */
export interface ResponseSpecData {
  readonly accept?: string | undefined;
  readonly xml?: XmlShapeData | undefined;
  readonly errorXml?: Readonly<Record<string, XmlShapeData>> | undefined;
  readonly jsonArrays?: ArrayShapeData | undefined;
  readonly errorJsonArrays?: Readonly<Record<string, ArrayShapeData>> | undefined;
  readonly binary?: boolean | undefined;
}

/** Everything the runtime needs to make one call (the runtime's `OperationSpec`). */
export interface OperationSpecData {
  readonly method: HttpMethodData;
  readonly path: string;
  readonly params: readonly ParamSpecData[];
  readonly body?: BodySpecData | undefined;
  readonly response: ResponseSpecData;
  readonly idempotencyHeader?: string | undefined;
  readonly idempotencyAuto?: boolean | undefined;
  readonly security?: readonly (readonly string[])[] | undefined;
  readonly pagination?: PaginationData | undefined;
  readonly retrySafe?: boolean | undefined;
}
