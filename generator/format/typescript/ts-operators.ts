/** The binary operators README code may hold, by precedence (prettier's table, without the ones it never holds). */
export const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "==": 7,
  "===": 7,
  "!=": 7,
  "!==": 7,
  instanceof: 8,
  "+": 10,
  "-": 10,
  "*": 11,
  "%": 11,
};

/** Operators that make a logical (short-circuit) expression. */
export const LOGICAL_OPERATORS: ReadonlySet<string> = new Set(["??", "||", "&&"]);
