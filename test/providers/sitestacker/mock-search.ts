/**
 * The `search` parameter as the API guide describes it: URL-encoded JSON of CakePHP-style conditions. A key is a field
 * of the record's root or one level deep (`campaign.goal_amount`), optionally followed by an operator (`>=`, `LIKE`,
 * `IN` …); a list value means IN and `null` IS NULL. All conditions must hold.
 */
import { fail, type Reply } from "./mock-http.js";

/** One parsed condition. */
export interface Condition {
  readonly path: readonly string[];
  readonly operator: string;
  readonly value: unknown;
}

const KEY = /^([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)(?:\s+(=|!=|<>|>=|<=|>|<|LIKE|NOT LIKE|IN|NOT IN))?$/i;
type Scalar = string | number | boolean | null;

/** Parses the raw `search` value (already URL-decoded); 400 when it is not an object of valid conditions. */
export function parseSearch(raw: string | null): Condition[] | Reply {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail(400, "Invalid search: not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return fail(400, "Invalid search: expected a JSON object of conditions");
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const match = KEY.exec(key.trim());
    if (match === null) return fail(400, `Invalid search condition "${key}"`);
    const path = match[1]!.split(".");
    if (path.length > 2)
      return fail(
        400,
        `Invalid search condition "${key}": only fields on the record root level and one level deep are allowed`,
      );
    const operator = (match[2] ?? (Array.isArray(value) ? "IN" : "=")).toUpperCase();
    const listOperator = operator === "IN" || operator === "NOT IN";
    if (listOperator !== Array.isArray(value))
      return fail(400, `Invalid search condition "${key}": ${listOperator ? "expected a list" : "unexpected list"}`);
    conditions.push({ path, operator, value });
  }
  return conditions;
}

function fieldValue(record: Readonly<Record<string, unknown>>, path: readonly string[]): Scalar | undefined {
  let current: unknown = record;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "object" && current !== null ? undefined : (current as Scalar | undefined);
}

function normalized(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text.toLowerCase();
}

function compare(a: unknown, b: unknown): number | undefined {
  const x = normalized(a);
  const y = normalized(b);
  if (x === null || y === null) return undefined;
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}

function like(value: unknown, pattern: unknown): boolean {
  if (value === null || value === undefined) return false;
  const regex = String(pattern)
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  return new RegExp(`^${regex}$`, "is").test(String(value));
}

const equals = (a: unknown, b: unknown): boolean => (b === null ? a === null || a === undefined : compare(a, b) === 0);
const ordered =
  (test: (difference: number) => boolean) =>
  (a: unknown, b: unknown): boolean => {
    const difference = compare(a, b);
    return difference !== undefined && test(difference);
  };

const OPERATORS: Readonly<Record<string, (field: unknown, value: unknown) => boolean>> = {
  "=": equals,
  "!=": (a, b) => !equals(a, b),
  "<>": (a, b) => !equals(a, b),
  ">": ordered((d) => d > 0),
  ">=": ordered((d) => d >= 0),
  "<": ordered((d) => d < 0),
  "<=": ordered((d) => d <= 0),
  LIKE: like,
  "NOT LIKE": (a, b) => !like(a, b),
  IN: (a, b) => (b as unknown[]).some((item) => equals(a, item)),
  "NOT IN": (a, b) => !(b as unknown[]).some((item) => equals(a, item)),
};

/** True when the record meets every condition. */
export function matchesAll(record: Readonly<Record<string, unknown>>, conditions: readonly Condition[]): boolean {
  return conditions.every((c) => OPERATORS[c.operator]!(fieldValue(record, c.path), c.value));
}
