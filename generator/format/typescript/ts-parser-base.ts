/** The token cursor the TypeScript parsers share: lookahead, expectations, and refusal of comments mid-statement. */
import { LayoutUnsupported } from "../layout-unsupported.js";
import { tokenize, type Token } from "./ts-tokens.js";

/** A cursor over the tokens of one source text; `offset` shifts positions of a nested source (template parts). */
export class TokenCursor {
  readonly tokens: Token[];
  index = 0;

  constructor(
    readonly source: string,
    readonly offset = 0,
  ) {
    this.tokens = tokenize(source);
  }

  /** The next token (comments are refused: only statement lists handle them). */
  peek(ahead = 0): Token {
    const token = this.tokens[this.index + ahead] ?? this.tokens.at(-1)!;
    if (token.kind === "comment") throw new LayoutUnsupported("comment inside a statement");
    return token;
  }

  /** The next token, comments included. */
  peekRaw(): Token {
    return this.tokens[this.index]!;
  }

  next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  /** True when the next token is the punctuator or name `text`. */
  is(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return (token.kind === "punct" || token.kind === "name") && token.text === text;
  }

  /** Consumes `text` when it is next. */
  eat(text: string): boolean {
    if (!this.is(text)) return false;
    this.index++;
    return true;
  }

  expect(text: string): Token {
    if (!this.is(text)) throw new LayoutUnsupported(`expected ${text} in code, found ${this.peek().text || "the end"}`);
    return this.next();
  }

  /** A name token's text. */
  expectName(): Token {
    const token = this.next();
    if (token.kind !== "name") throw new LayoutUnsupported(`expected a name in code, found ${token.text}`);
    return token;
  }

  /** Start offset of the next token, in the outer source. */
  startHere(): number {
    return this.peek().start + this.offset;
  }

  /** End offset of the last consumed token, in the outer source. */
  endHere(): number {
    return this.tokens[this.index - 1]!.end + this.offset;
  }

  /** The index of the token after the bracket matching the one at `index` (`(`, `[` or `{`). */
  skipBalanced(index: number): number {
    let depth = 0;
    for (let i = index; i < this.tokens.length; i++) {
      const { kind, text } = this.tokens[i]!;
      if (kind !== "punct") continue;
      if (text === "(" || text === "[" || text === "{") depth++;
      else if (text === ")" || text === "]" || text === "}") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    throw new LayoutUnsupported("unbalanced brackets in code");
  }
}
