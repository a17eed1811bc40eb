/**
 * Type-level: the data the generator prints for the runtime (generator/runtime-data/, the README's option tables) has
 * exactly the shape of the runtime's own interfaces (templates/runtime/). A field added, removed, renamed or retyped on
 * either side fails `tsc` here (`npm test` runs it first), naming the field. The generator never imports the runtime,
 * so this file is where the two meet.
 */
import { expectTypeOf } from "vitest";
import type { LazyReference } from "../../generator/naming/literals.js";
import type { ClientOptionName, CallOptionName } from "../../generator/emit/readme-options.js";
import type { OAuth2OptionName } from "../../generator/emit/readme-oauth.js";
import type {
  DefaultHeadersData,
  EnvironmentData,
  RpcFunctionSpecData,
} from "../../generator/runtime-data/client-data.js";
import type {
  ArrayShapeData,
  BodySpecData,
  HttpMethodData,
  OperationSpecData,
  ParamSpecData,
  ResponseSpecData,
  XmlShapeData,
} from "../../generator/runtime-data/operation-data.js";
import type { PaginationData } from "../../generator/runtime-data/pagination-data.js";
import type { SecuritySchemeData } from "../../generator/runtime-data/security-data.js";
import type { OAuth2Auth } from "../../templates/runtime/auth-types.js";
import type { ClientOptions } from "../../templates/runtime/client-options.js";
import type { PaginateOptions } from "../../templates/runtime/client-paginate.js";
import type { EnvironmentSpec } from "../../templates/runtime/environments.js";
import type { HeaderValues } from "../../templates/runtime/headers.js";
import type {
  ArrayShape,
  BodySpec,
  HttpMethod,
  OperationSpec,
  PaginationSpec,
  ParamSpec,
  ResponseSpec,
  SecuritySchemeSpec,
  XmlShape,
} from "../../templates/runtime/operation.js";
import type { RpcFunctionSpec } from "../../templates/runtime/rpc.js";

/**
 * A runtime type as generator data: `layoutLiteral` leaves `undefined` values out (so an optional field may hold
 * one) and writes a `LazyReference` as `() => name` (the runtime's lazy `ref`). Every field readonly.
 */
type Printed<T> = T extends (...args: never[]) => unknown
  ? LazyReference
  : T extends readonly (infer U)[]
    ? readonly Printed<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Printed<T[K]> | (undefined extends T[K] ? undefined : never) }
      : T;

/** Fields of `ResponseSpec` only the runtime sets (its RPC request builder); generated specs never hold them. */
type RuntimeOnlyResponseFields = "stream" | "errorText";

expectTypeOf<HttpMethodData>().toEqualTypeOf<HttpMethod>();
expectTypeOf<ParamSpecData>().toEqualTypeOf<Printed<ParamSpec>>();
expectTypeOf<XmlShapeData>().toEqualTypeOf<Printed<XmlShape>>();
expectTypeOf<ArrayShapeData>().toEqualTypeOf<Printed<ArrayShape>>();
expectTypeOf<BodySpecData>().toEqualTypeOf<Printed<BodySpec>>();
expectTypeOf<ResponseSpecData>().toEqualTypeOf<Printed<Omit<ResponseSpec, RuntimeOnlyResponseFields>>>();
expectTypeOf<PaginationData>().toEqualTypeOf<Printed<PaginationSpec>>();
expectTypeOf<Omit<OperationSpecData, "response">>().toEqualTypeOf<Printed<Omit<OperationSpec, "response">>>();
expectTypeOf<keyof OperationSpecData>().toEqualTypeOf<keyof OperationSpec>();
expectTypeOf<Pick<OperationSpecData, "response">>().toEqualTypeOf<{ readonly response: ResponseSpecData }>();
expectTypeOf<Pick<OperationSpec, "response">>().toEqualTypeOf<{ readonly response: ResponseSpec }>();

expectTypeOf<RpcFunctionSpecData>().toEqualTypeOf<Printed<RpcFunctionSpec>>();
expectTypeOf<SecuritySchemeData>().toEqualTypeOf<Printed<SecuritySchemeSpec>>();
expectTypeOf<EnvironmentData>().toEqualTypeOf<Printed<EnvironmentSpec>>();
/** The spec's default headers always have values; the runtime's type also allows `null` (remove) and `undefined`. */
expectTypeOf<DefaultHeadersData>().toExtend<HeaderValues>();

/** The README's option tables name every runtime option (`securitySchemes`, `paramDefaults`: filled by generated code). */
expectTypeOf<ClientOptionName>().toEqualTypeOf<Exclude<keyof ClientOptions, "securitySchemes" | "paramDefaults">>();
expectTypeOf<CallOptionName>().toEqualTypeOf<keyof PaginateOptions>();
expectTypeOf<OAuth2OptionName>().toEqualTypeOf<keyof OAuth2Auth>();
