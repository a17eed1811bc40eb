/** Finds code tokens in TypeScript text with the TypeScript scanner: what would run, as opposed to strings and comments. */
import ts from "typescript";

/** One identifier token outside strings and comments, with its 1-based position. */
export interface CodeToken {
  text: string;
  line: number;
  column: number;
}

/**
 * Every identifier token in `code` whose text matches `pattern`. Template literals are followed through their
 * `${…}` holes (code) and back into their text parts (strings), so a marker counts only where it would execute.
 */
export function findCodeIdentifiers(code: string, pattern: RegExp): CodeToken[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, code);
  const found: CodeToken[] = [];
  const braces: ("block" | "template")[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.TemplateHead) braces.push("template");
    else if (token === ts.SyntaxKind.OpenBraceToken) braces.push("block");
    else if (token === ts.SyntaxKind.CloseBraceToken) {
      if (braces.pop() === "template" && scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateMiddle)
        braces.push("template");
    } else if (token === ts.SyntaxKind.Identifier && pattern.test(scanner.getTokenText())) {
      const { line, character } = ts.getLineAndCharacterOfPosition(
        ts.createSourceFile("scanned.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS),
        scanner.getTokenStart(),
      );
      found.push({ text: scanner.getTokenText(), line: line + 1, column: character + 1 });
    }
  }
  return found;
}

/** The TypeScript code inside the ```ts / ```typescript / ```js fences of a Markdown file, one string per fence. */
export function codeFences(markdown: string): string[] {
  return [...markdown.matchAll(/^```(?:ts|typescript|js|javascript)\s*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
}
