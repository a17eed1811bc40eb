/**
 * The rest of what generated code hands the runtime as data: environments (client.ts), the spec's default headers
 * and RPC function specs (resource files). test/types/runtime-data.test-d.ts checks each against templates/runtime.
 */

/** A server variable: its default and allowed values (the runtime's `ServerVariableSpec`). */
export interface ServerVariableData {
  readonly default: string;
  readonly enum?: readonly string[] | undefined;
}

/** A named environment: the server URL and its variables (the runtime's `EnvironmentSpec`). */
export interface EnvironmentData {
  readonly url: string;
  readonly variables?: Readonly<Record<string, ServerVariableData>> | undefined;
}

/** Headers for every request (`x-specforge-default-headers`): the runtime's `HeaderValues`, values always given. */
export type DefaultHeadersData = Readonly<Record<string, string>>;

/** One RPC argument: its key in the argument object and its wire name (the runtime's `RpcArgumentSpec`). */
export interface RpcArgumentData {
  readonly key: string;
  readonly name: string;
  readonly required?: boolean | undefined;
}

/** A file argument, with the part name used for unnamed data (the runtime's `RpcFileSpec`). */
export interface RpcFileData extends RpcArgumentData {
  readonly filename?: string | undefined;
}

/** Everything the runtime needs to call one RPC function (the runtime's `RpcFunctionSpec`). */
export interface RpcFunctionSpecData {
  readonly name: string;
  readonly path: string;
  readonly field?: string | undefined;
  readonly args?: readonly RpcArgumentData[] | undefined;
  readonly kwargs?: readonly RpcArgumentData[] | undefined;
  readonly files?: readonly RpcFileData[] | undefined;
  readonly binary?: boolean | undefined;
  readonly errors?: "auto" | "text" | undefined;
  readonly security?: readonly (readonly string[])[] | undefined;
  readonly retrySafe?: boolean | undefined;
}
