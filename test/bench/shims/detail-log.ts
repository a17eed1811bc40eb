/** Where the timing shims record what they measured (empty unless the probe was bundled with the shims). */

/** One timed call inside a stage. */
export interface DetailRecord {
  label: string;
  ms: number;
  chars: number;
}

const records: DetailRecord[] = [];

/** Adds one measurement. */
export function recordDetail(record: DetailRecord): void {
  records.push(record);
}

/** Returns and clears the measurements. */
export function takeDetailRecords(): DetailRecord[] {
  return records.splice(0, records.length);
}
