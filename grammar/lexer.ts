// The lexer's public face: Python source in, chevrotain tokens out.
//
// Every token carries CPython's positions: startLine 1-based, startColumn
// 0-based (col_offset), endLine/endColumn just after the token (end_lineno,
// end_col_offset, exclusive). Columns count characters, as SyntaxError offsets
// and traceback carets do; CPython's AST counts UTF-8 bytes instead, which only
// differs on lines with non-ASCII text. startOffset/endOffset index `source`
// with chevrotain's convention (endOffset is the last character's offset).
//
// The only exception `tokenize` throws is PySyntaxError.

import type { IToken } from "chevrotain";
import { PySyntaxError } from "./errors.js";
import { errorContexts, Lexer, type LexicalErrorContext } from "./lexer-core.js";

export type { LexicalErrorContext } from "./lexer-core.js";

export interface TokenizeOptions {
  filename: string;
  /** Where `source` begins in the file, for re-lexing an f-string's field: 1-based line, 0-based column. */
  startLine?: number;
  startColumn?: number;
  /** Lex as if inside brackets: no NEWLINE/INDENT/DEDENT (used for f-string fields). */
  insideBrackets?: boolean;
  /** The whole file's text, for error messages' source line when `source` is a fragment. */
  fileSource?: string;
}

export function tokenize(source: string, options: TokenizeOptions): IToken[] {
  const nul = source.indexOf("\0");
  if (nul >= 0) throw nullByteError(source, nul, options);
  const lexer = new Lexer(source, {
    filename: options.filename,
    startLine: options.startLine ?? 1,
    startColumn: options.startColumn ?? 0,
    insideBrackets: options.insideBrackets ?? false,
    fileSource: options.fileSource,
  });
  try {
    return lexer.run();
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    // A JavaScript error here is a bug in the lexer; the caller still gets
    // a Python-shaped error rather than a crash.
    throw new PySyntaxError({
      msg: `internal lexer error: ${e instanceof Error ? e.message : String(e)}`,
      filename: options.filename,
      lineno: lexer.cur.line,
      offset: 1,
      text: null,
    });
  }
}

/**
 * CPython reads a file line by line and rejects the first line holding a NUL;
 * as a C string, the line it shows ends at the NUL.
 */
function nullByteError(source: string, at: number, options: TokenizeOptions): PySyntaxError {
  const before = source.slice(0, at);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  const lineno = (options.startLine ?? 1) + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
  return new PySyntaxError({
    msg: "source code cannot contain null bytes",
    filename: options.filename,
    lineno,
    offset: 0,
    end_offset: 0,
    text: source.slice(lineStart, at),
  });
}

/**
 * For an error `tokenize` threw: the tokens before it, and how CPython ranks it
 * against a syntax error the parser would find in them. CPython lexes lazily,
 * as its parser asks for tokens, so an error in the source's shape can be met
 * before a lexical error further on. Its rule, for a parser that has the
 * tokens: parse `tokens`; if the parse needs more, report the lexical error.
 * Otherwise the parser's error P came first, and
 * - "unexpected indent" / "unexpected unindent": report P;
 * - if `yieldsToParserError` is false, report the lexical error (CPython
 *   lexes the rest of the file after P, and a lexical error replaces P);
 * - else if `unclosedBracket` is set and P is on a later line than it,
 *   report `unclosedBracket`;
 * - else report P.
 */
export function lexicalErrorContext(error: PySyntaxError): LexicalErrorContext | undefined {
  return errorContexts.get(error);
}

/**
 * The identifier a NAME token stands for: CPython compares identifiers after
 * NFKC normalization, so `ﬁle` and `file` are one name.
 */
export function normalizeName(image: string): string {
  for (let i = 0; i < image.length; i++) {
    if (image.charCodeAt(i) >= 0x80) return image.normalize("NFKC");
  }
  return image;
}
