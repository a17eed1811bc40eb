// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Markers that the schema types carry, and the helpers that turn a schema type into the shape a request
 * sends (`Writable`) or a response returns (`Readable`).
 */

/** A property the server sets and never accepts (`readOnly`). */
export type $Read<T> = { readonly $read: T };
/** A property the client sends and never receives (`writeOnly`). */
export type $Write<T> = { readonly $write: T };
/** Stands for enum values a server may add later: open in responses, absent in requests. */
export type $Unknown<T> = { readonly $unknown: T };
/**
 * A string of JSON whose decoded value is `T` (`contentMediaType: application/json` with a `contentSchema`):
 * requests take `T` (the runtime sends its JSON text) or the JSON text itself; responses give the text.
 */
export type $Json<T> = { readonly $json: T };

type Opaque = Blob | Date | ReadableStream | ArrayBuffer | Uint8Array;

/**
 * The response shape: readOnly kept, writeOnly dropped, enums open to values added later. An unknown value is
 * typed `string & { "~unknown"?: never }` rather than `string & {}`, which TypeScript would collapse into plain
 * `string` and so lose the known literals (and editor completion).
 */
export type Readable<T> =
  T extends $Write<unknown>
    ? never
    : T extends $Read<infer U>
      ? Readable<U>
      : T extends $Json<unknown>
        ? string
        : T extends $Unknown<infer U>
          ? U & { readonly "~unknown"?: never }
          : T extends Opaque
            ? T
            : T extends readonly unknown[]
              ? { [K in keyof T]: Readable<T[K]> }
              : T extends object
                ? { [K in keyof T as NonNullable<T[K]> extends $Write<unknown> ? never : K]: Readable<T[K]> }
                : T;

/** The request shape: writeOnly kept, readOnly dropped (and rejected), enums closed. */
export type Writable<T> =
  T extends $Read<unknown>
    ? never
    : T extends $Write<infer U>
      ? Writable<U>
      : T extends $Json<infer U>
        ? Writable<U> | string
        : T extends $Unknown<unknown>
          ? never
          : T extends Opaque
            ? T
            : T extends readonly unknown[]
              ? { [K in keyof T]: Writable<T[K]> }
              : T extends object
                ? { [K in keyof T as NonNullable<T[K]> extends $Read<unknown> ? never : K]: Writable<T[K]> } & {
                    [K in keyof T as NonNullable<T[K]> extends $Read<unknown> ? K : never]?: never;
                  }
                : T;
