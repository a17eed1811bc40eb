// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/**
 * Typed filter conditions (`x-specforge-conditions`): an object whose keys are a record's fields — root fields and
 * one nested level joined with `.` (`campaign.goal_amount`) — optionally followed by an operator (`"amount >="`,
 * `"email.email LIKE"`), as CakePHP-style APIs take them. A plain key compares for equality (a list means IN, `null`
 * IS NULL). Only types: the runtime sends the object as it is (e.g. JSON text for a `content: application/json`
 * query parameter).
 */

import type { Readable } from "./schema-markers.js";

/** A value a condition compares with. */
export type ConditionScalar = string | number | boolean;

/** Operators that compare with one value. */
export type ComparisonOperator = "=" | "!=" | "<>" | ">" | ">=" | "<" | "<=";
/** Operators that match a pattern (`%` any run of characters, `_` one character). */
export type PatternOperator = "LIKE" | "NOT LIKE";
/** Operators that take a list. */
export type ListOperator = "IN" | "NOT IN";
/** Every operator a condition key may end with, after one space. */
export type ConditionOperator = ComparisonOperator | PatternOperator | ListOperator;

type Leaf<V> = NonNullable<V> extends ConditionScalar ? true : false;
type FieldsOf<T> = { [K in keyof T & string]-?: Leaf<T[K]> extends true ? K : never }[keyof T & string];
type Nested<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
    ? never
    : NonNullable<T[K]> extends ConditionScalar
      ? never
      : NonNullable<T[K]> extends object
        ? `${K}.${FieldsOf<NonNullable<T[K]>>}`
        : never;
}[keyof T & string];

/** The field names of a record a condition may name: scalar root fields and scalar fields one object deep. */
export type ConditionField<T> = FieldsOf<T> | Nested<T>;

/** The type of the field `F` of `T`. */
export type ConditionFieldType<T, F extends string> = F extends keyof T
  ? NonNullable<T[F]>
  : F extends `${infer K}.${infer P}`
    ? K extends keyof T
      ? P extends keyof NonNullable<T[K]>
        ? NonNullable<NonNullable<T[K]>[P]>
        : never
      : never
    : never;

/**
 * What a field may be compared with: its own enum literals, a number or numeric string for numbers, a boolean for
 * booleans, and any scalar for plain strings (APIs that send numbers and flags as strings compare them loosely).
 */
export type ConditionValue<V> = V extends boolean
  ? boolean
  : V extends number
    ? number | string
    : V extends string
      ? string extends V
        ? ConditionScalar
        : V
      : ConditionScalar;

type Equality<T> = {
  [F in ConditionField<T>]?:
    ConditionValue<ConditionFieldType<T, F>> | readonly ConditionValue<ConditionFieldType<T, F>>[] | null;
};
type Compared<T> = {
  [F in ConditionField<T> as `${F} ${ComparisonOperator}`]?: ConditionValue<ConditionFieldType<T, F>> | null;
};
type Matched<T> = { [F in ConditionField<T> as `${F} ${PatternOperator}`]?: string };
type Listed<T> = {
  [F in ConditionField<T> as `${F} ${ListOperator}`]?: readonly ConditionValue<ConditionFieldType<T, F>>[];
};

/**
 * Conditions on the fields of the record type `T` (its response shape), e.g. for a person:
 * `{ fullname: "John Doe", gender: ["m", "f"], "address.modified >=": "2007-11-12", "email.email LIKE": "%@gmail.com" }`.
 * All conditions must hold (AND).
 */
export type Conditions<T> = Equality<Readable<T>> & Compared<Readable<T>> & Matched<Readable<T>> & Listed<Readable<T>>;
