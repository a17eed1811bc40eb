/**
 * The syntax tree of the TypeScript the README layout understands: the statements and expressions README examples
 * are made of (named like ESTree, so the printing rules read like prettier's). Anything else is not parsed.
 */

/** Source offsets, for the blank-line and line-break questions prettier asks of the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A `//` comment: its text (trailing spaces removed) and where it was. */
export interface Comment extends Span {
  readonly text: string;
}

/** A type annotation: a name, a literal, an array or a union. */
export type TypeNode = Span &
  (
    | { readonly type: "TypeReference"; readonly name: string; readonly args: readonly TypeNode[] }
    | { readonly type: "LiteralType"; readonly literal: StringLiteral | NumericLiteral }
    | { readonly type: "UnionType"; readonly types: readonly TypeNode[] }
    | { readonly type: "ArrayType"; readonly element: TypeNode }
  );

/** A name, with its type annotation when it declares one. */
export interface Identifier extends Span {
  readonly type: "Identifier";
  readonly name: string;
  readonly typeAnnotation?: TypeNode;
}
/** A string literal: its source text and its value. */
export interface StringLiteral extends Span {
  readonly type: "StringLiteral";
  readonly raw: string;
  readonly value: string;
}
/** A number literal: its source text. */
export interface NumericLiteral extends Span {
  readonly type: "NumericLiteral";
  readonly raw: string;
}
/** `true`, `false`, `null`, `this`. */
export interface KeywordLiteral extends Span {
  readonly type: "KeywordLiteral";
  readonly raw: string;
}
/** A template literal: the raw text between its interpolations, and their expressions. */
export interface TemplateLiteral extends Span {
  readonly type: "TemplateLiteral";
  readonly quasis: readonly string[];
  readonly expressions: readonly Expression[];
}
/** `key: value`, `key` (shorthand) or `[key]: value`. */
export interface ObjectProperty extends Span {
  readonly type: "Property";
  readonly key: Identifier | StringLiteral | NumericLiteral | Expression;
  readonly computed: boolean;
  readonly shorthand: boolean;
  readonly value: Expression;
}
/** An object literal, or an object destructuring pattern. */
export interface ObjectExpression extends Span {
  readonly type: "ObjectExpression" | "ObjectPattern";
  readonly properties: readonly ObjectProperty[];
}
/** An array literal. */
export interface ArrayExpression extends Span {
  readonly type: "ArrayExpression";
  readonly elements: readonly Expression[];
}
/** `object.property` or `object[property]`. */
export interface MemberExpression extends Span {
  readonly type: "MemberExpression";
  readonly object: Expression;
  readonly property: Expression;
  readonly computed: boolean;
  /** `a?.b` / `a?.[b]`. */
  readonly optional: boolean;
}
/** A call, or a `new` expression. */
export interface CallExpression extends Span {
  readonly type: "CallExpression" | "NewExpression";
  readonly callee: Expression;
  readonly arguments: readonly Expression[];
}
/** `!x`, `-x`, `typeof x`, or `await x`. */
export interface UnaryExpression extends Span {
  readonly type: "UnaryExpression" | "AwaitExpression";
  readonly operator: string;
  readonly argument: Expression;
}
/** A binary, logical or assignment expression. */
export interface BinaryExpression extends Span {
  readonly type: "BinaryExpression" | "LogicalExpression" | "AssignmentExpression";
  readonly operator: string;
  readonly left: Expression;
  readonly right: Expression;
}
/** An arrow function. */
export interface ArrowFunction extends Span {
  readonly type: "ArrowFunctionExpression";
  readonly async: boolean;
  readonly params: readonly (Identifier | ObjectExpression)[];
  readonly body: Expression | BlockStatement;
}
/** `expression as Type`, or `as const`. */
export interface AsExpression extends Span {
  readonly type: "AsExpression";
  readonly expression: Expression;
  /** `undefined` for `as const`. */
  readonly typeAnnotation: TypeNode | undefined;
}

/** Any expression. */
export type Expression =
  | Identifier
  | StringLiteral
  | NumericLiteral
  | KeywordLiteral
  | TemplateLiteral
  | ObjectExpression
  | ArrayExpression
  | MemberExpression
  | CallExpression
  | UnaryExpression
  | BinaryExpression
  | ArrowFunction
  | AsExpression;

/** Comments that belong to a statement: own-line ones before it, and one after it on its last line. */
export interface StatementComments {
  leadingComments?: Comment[];
  trailingComment?: Comment;
}

/** `{ … }`. */
export interface BlockStatement extends Span, StatementComments {
  readonly type: "BlockStatement";
  readonly body: readonly Statement[];
}
/** `const`/`let`/`var` with one declarator. */
export interface VariableDeclaration extends Span, StatementComments {
  readonly type: "VariableDeclaration";
  readonly kind: string;
  readonly id: Identifier | ObjectExpression;
  readonly init: Expression | undefined;
}
/** One name of an import list. */
export interface ImportSpecifier extends Span {
  readonly imported: string;
  readonly local: string;
  readonly typeOnly: boolean;
}
/** Any statement. */
export type Statement = Span &
  StatementComments &
  (
    | BlockStatement
    | VariableDeclaration
    | { readonly type: "ExpressionStatement"; readonly expression: Expression }
    | {
        readonly type: "ImportDeclaration";
        readonly specifiers: readonly ImportSpecifier[];
        readonly source: StringLiteral;
      }
    | { readonly type: "ReturnStatement" | "ThrowStatement"; readonly argument: Expression | undefined }
    | {
        readonly type: "ForOfStatement";
        readonly await: boolean;
        readonly left: VariableDeclaration;
        readonly right: Expression;
        readonly body: Statement;
      }
    | {
        readonly type: "IfStatement";
        readonly test: Expression;
        readonly consequent: Statement;
        readonly alternate: Statement | undefined;
      }
    | {
        readonly type: "TryStatement";
        readonly block: BlockStatement;
        readonly param: Identifier | undefined;
        readonly handler: BlockStatement;
      }
    | {
        readonly type: "FunctionDeclaration";
        readonly async: boolean;
        readonly name: string;
        readonly params: readonly (Identifier | ObjectExpression)[];
        readonly body: BlockStatement;
      }
  );

/** Any node of the tree. */
export type Node = Expression | Statement | ObjectProperty | TypeNode;
