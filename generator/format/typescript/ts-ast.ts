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

export type TypeNode = Span &
  (
    | { readonly type: "TypeReference"; readonly name: string; readonly args: readonly TypeNode[] }
    | { readonly type: "LiteralType"; readonly literal: StringLiteral | NumericLiteral }
    | { readonly type: "UnionType"; readonly types: readonly TypeNode[] }
    | { readonly type: "ArrayType"; readonly element: TypeNode }
  );

export interface Identifier extends Span {
  readonly type: "Identifier";
  readonly name: string;
  readonly typeAnnotation?: TypeNode;
}
export interface StringLiteral extends Span {
  readonly type: "StringLiteral";
  readonly raw: string;
  readonly value: string;
}
export interface NumericLiteral extends Span {
  readonly type: "NumericLiteral";
  readonly raw: string;
}
/** `true`, `false`, `null`, `this`. */
export interface KeywordLiteral extends Span {
  readonly type: "KeywordLiteral";
  readonly raw: string;
}
export interface TemplateLiteral extends Span {
  readonly type: "TemplateLiteral";
  readonly quasis: readonly string[];
  readonly expressions: readonly Expression[];
}
export interface ObjectProperty extends Span {
  readonly type: "Property";
  readonly key: Identifier | StringLiteral | NumericLiteral | Expression;
  readonly computed: boolean;
  readonly shorthand: boolean;
  readonly value: Expression;
}
export interface ObjectExpression extends Span {
  readonly type: "ObjectExpression" | "ObjectPattern";
  readonly properties: readonly ObjectProperty[];
}
export interface ArrayExpression extends Span {
  readonly type: "ArrayExpression";
  readonly elements: readonly Expression[];
}
export interface MemberExpression extends Span {
  readonly type: "MemberExpression";
  readonly object: Expression;
  readonly property: Expression;
  readonly computed: boolean;
  /** `a?.b` / `a?.[b]`. */
  readonly optional: boolean;
}
export interface CallExpression extends Span {
  readonly type: "CallExpression" | "NewExpression";
  readonly callee: Expression;
  readonly arguments: readonly Expression[];
}
export interface UnaryExpression extends Span {
  readonly type: "UnaryExpression" | "AwaitExpression";
  readonly operator: string;
  readonly argument: Expression;
}
export interface BinaryExpression extends Span {
  readonly type: "BinaryExpression" | "LogicalExpression" | "AssignmentExpression";
  readonly operator: string;
  readonly left: Expression;
  readonly right: Expression;
}
export interface ArrowFunction extends Span {
  readonly type: "ArrowFunctionExpression";
  readonly async: boolean;
  readonly params: readonly (Identifier | ObjectExpression)[];
  readonly body: Expression | BlockStatement;
}
export interface AsExpression extends Span {
  readonly type: "AsExpression";
  readonly expression: Expression;
  /** `undefined` for `as const`. */
  readonly typeAnnotation: TypeNode | undefined;
}

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

export interface BlockStatement extends Span, StatementComments {
  readonly type: "BlockStatement";
  readonly body: readonly Statement[];
}
export interface VariableDeclaration extends Span, StatementComments {
  readonly type: "VariableDeclaration";
  readonly kind: string;
  readonly id: Identifier | ObjectExpression;
  readonly init: Expression | undefined;
}
export interface ImportSpecifier extends Span {
  readonly imported: string;
  readonly local: string;
  readonly typeOnly: boolean;
}
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
