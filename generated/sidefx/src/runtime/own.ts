// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** Own-property lookups: keys come from specs and callers, so `constructor` or `toString` must never hit Object.prototype. */

/** `record[key]` when `key` is the record's own property, else undefined. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
