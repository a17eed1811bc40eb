// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The optional response decoding features (`ClientFeatures.decoding`), one export each for tree-shaking. */

import type { DecodeFeatures } from "./decode.js";
import { htmlErrorText } from "./html-text.js";
import { parseNdjson } from "./ndjson.js";
import { shapeForStatus, wrapSingleItems } from "./single-item-arrays.js";

/** NDJSON responses as an async iterable of values. */
export const NDJSON_DECODING: DecodeFeatures = { ndjson: parseNdjson };

/** HTML or text error pages reduced to their text (`ResponseSpec.errorText`). */
export const HTML_ERROR_TEXT: DecodeFeatures = { htmlErrorText };

/** One-item arrays restored from the declared shapes, and per-status error shapes (JSON and XML). */
export const SINGLE_ITEM_ARRAYS: DecodeFeatures = { singleItemArrays: { wrap: wrapSingleItems, shapeForStatus } };

/** Every decoding feature (what `ApiClient` uses). */
export const ALL_DECODE_FEATURES: DecodeFeatures = { ...NDJSON_DECODING, ...HTML_ERROR_TEXT, ...SINGLE_ITEM_ARRAYS };
