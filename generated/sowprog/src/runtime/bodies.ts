// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Picks the request body and media type from the arguments and encodes it by `BodyVariant.encoding`. */

import { preferredVariant } from "./media-preference.js";
import { ownValue } from "./own.js";
import type { Codecs } from "./codec.js";
import { isPlainObject } from "./encode.js";
import { ApiRequestError } from "./errors.js";
import { encodeJsonTextProperties } from "./json-text.js";
import type { BodyEncoding, BodyVariant, OperationSpec } from "./operation.js";

/** A body ready for `fetch`. */
export interface PreparedBody {
  readonly body: BodyInit;
  readonly contentType: string | undefined;
  /** False for one-shot streams: such a request is never retried. */
  readonly replayable: boolean;
  /** True when `body` is a `ReadableStream` (fetch then needs `duplex: "half"`). */
  readonly streaming: boolean;
}

/** Encodes one body value for a variant (one per `BodyEncoding`; see body-encoders.ts). */
export type BodyEncoder = (
  value: unknown,
  variant: BodyVariant,
  codecs: Codecs,
) => PreparedBody | Promise<PreparedBody>;

/** The encoders a client can use, by `BodyEncoding`; a generated client passes those its spec needs. */
export type BodyEncoders = Partial<Readonly<Record<BodyEncoding, BodyEncoder>>>;

/** A body that can be sent again as it is. */
export const fixedBody = (body: BodyInit, contentType: string | undefined): PreparedBody => ({
  body,
  contentType,
  replayable: true,
  streaming: false,
});

/** JSON bodies (`JSON.stringify`). */
export const encodeJson: BodyEncoder = (value, variant) => fixedBody(JSON.stringify(value), variant.mediaType);

/** The encoders of a client that sends only JSON. */
export const JSON_ENCODERS: BodyEncoders = { json: encodeJson };

/** The body value and the variant chosen for one call, or `undefined` when the call sends no body. */
export interface SelectedBody {
  readonly value: unknown;
  readonly variant: BodyVariant;
}

/**
 * Reads the body out of the arguments (`spread` or one key) and picks the media type: `contentTypeKey`, else the
 * client's most preferred one offered, else the first.
 */
export function selectBody(
  op: OperationSpec,
  args: Readonly<Record<string, unknown>>,
  preferred?: readonly string[],
): SelectedBody | undefined {
  const spec = op.body;
  if (spec === undefined) return undefined;
  const variant = pickVariant(op, args, preferred);
  let value: unknown;
  if (spec.from === "spread") {
    const taken = new Set(op.params.map((p) => p.key));
    if (spec.contentTypeKey !== undefined) taken.add(spec.contentTypeKey);
    const entries = Object.entries(args).filter(([k, v]) => !taken.has(k) && v !== undefined);
    value = entries.length === 0 && !spec.required ? undefined : Object.fromEntries(entries);
  } else {
    value = ownValue(args, spec.from.key);
  }
  if (value === undefined) {
    if (spec.required) throw new ApiRequestError(`Missing required request body (${variant.mediaType})`);
    return undefined;
  }
  return { value, variant };
}

function pickVariant(
  op: OperationSpec,
  args: Readonly<Record<string, unknown>>,
  preferred: readonly string[] | undefined,
): BodyVariant {
  const spec = op.body;
  const first = spec?.variants[0];
  if (spec === undefined || first === undefined)
    throw new ApiRequestError(`Operation ${op.method} ${op.path} declares no body media type`);
  const wanted = spec.contentTypeKey === undefined ? undefined : ownValue(args, spec.contentTypeKey);
  if (wanted === undefined) return preferredVariant(spec.variants, preferred) ?? first;
  const found = spec.variants.find(
    (v) => typeof wanted === "string" && v.mediaType.toLowerCase() === wanted.toLowerCase(),
  );
  if (found === undefined) throw new ApiRequestError(`Unsupported request content type ${JSON.stringify(wanted)}`);
  return found;
}

/** Encodes the selected body. */
export function prepareBody(
  selected: SelectedBody,
  codecs: Codecs,
  encoders: BodyEncoders,
): PreparedBody | Promise<PreparedBody> {
  const { value, variant } = selected;
  if ((variant.encoding === "form" || variant.encoding === "multipart") && !isPlainObject(value)) {
    throw new ApiRequestError(`A ${variant.mediaType} body must be an object`);
  }
  const encoder = encoders[variant.encoding];
  if (encoder === undefined)
    throw new ApiRequestError(`This client has no ${variant.encoding} body encoder (${variant.mediaType})`);
  return encoder(encodeJsonTextProperties(value, variant), variant, codecs);
}
