// Where a parser error points, in CPython's terms.
//
// CPython's parser raises its syntax errors in four ways, and each puts the
// SyntaxError's (lineno, offset, end_lineno, end_offset) somewhere else:
//   - at a node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION): the node's span;
//   - over a range (RAISE_SYNTAX_ERROR_KNOWN_RANGE): from one node's start to
//     another's end;
//   - at a token (RAISE_SYNTAX_ERROR, ..._ON_NEXT_TOKEN): the token's span;
//   - from a node on (RAISE_SYNTAX_ERROR_STARTING_FROM): the node's start to
//     where the tokenizer stands, i.e. the end of the last token it read.
// Offsets are 1-based. INDENT, DEDENT and ENDMARKER have no column in CPython's
// tokenizer; an error at one of them gets the column the tokenizer was at
// (the indentation's width, or 0 at the end of a file) and no end column, which
// is why their tracebacks show no caret.

import type { IToken } from "chevrotain";
import type { Position } from "./ast.js";
import { PySyntaxError, sourceLine, type SyntaxErrorKind } from "./errors.js";
import { Dedent, EndMarker, Indent } from "./tokens.js";

export class ErrorLocator {
  constructor(
    readonly filename: string,
    /** The whole file's text, for the source line an error shows. */
    readonly fileSource: string,
  ) {}

  private make(
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
    kind: SyntaxErrorKind,
  ): PySyntaxError {
    return new PySyntaxError({
      kind,
      msg,
      filename: this.filename,
      lineno,
      offset,
      end_lineno: endLineno,
      end_offset: endOffset,
      text: sourceLine(this.fileSource, lineno),
    });
  }

  /** The error covers one node (or anything with a position). */
  atNode(msg: string, node: Position, kind: SyntaxErrorKind = "SyntaxError"): PySyntaxError {
    return this.range(msg, node, node, kind);
  }

  /** The error runs from the start of `from` to the end of `to`. */
  range(msg: string, from: Position, to: Position, kind: SyntaxErrorKind = "SyntaxError"): PySyntaxError {
    return this.make(msg, from.lineno, from.col_offset + 1, to.end_lineno, to.end_col_offset + 1, kind);
  }

  /** The error covers one token, with CPython's conventions for the layout tokens. */
  atToken(msg: string, token: IToken, kind: SyntaxErrorKind = "SyntaxError"): PySyntaxError {
    const type = token.tokenType;
    const lastLine = this.lastLineNumber();
    if ((type === Indent || type === Dedent) && token.startLine! <= lastLine) {
      const line = token.startLine!;
      return this.make(msg, line, this.indentationOf(line), line, -1, kind);
    }
    if (type === EndMarker || type === Dedent || token.startLine === undefined || Number.isNaN(token.startLine)) {
      return this.make(msg, lastLine, 0, lastLine, -1, kind);
    }
    return this.make(
      msg,
      token.startLine,
      token.startColumn! + 1,
      token.endLine!,
      token.endColumn! + 1,
      kind,
    );
  }

  /**
   * From the start of `from` to where the tokenizer stands after reading
   * `last`: CPython passes that column through unchanged, not made 1-based.
   */
  startingFrom(msg: string, from: Position, last: IToken): PySyntaxError {
    return this.make(msg, from.lineno, from.col_offset + 1, last.endLine!, last.endColumn!, "SyntaxError");
  }

  private indentationOf(lineno: number): number {
    const text = sourceLine(this.fileSource, lineno) ?? "";
    return text.length - text.replace(/^[ \t\f]+/, "").length;
  }

  /** CPython's tokenizer reports the end of the file on the last line that has text. */
  private lastLineNumber(): number {
    const lines = this.fileSource.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return Math.max(lines.length, 1);
  }
}

/** A node-like span from one token's start to another's end. */
export function tokenSpan(first: IToken, last: IToken): Position {
  return {
    lineno: first.startLine!,
    col_offset: first.startColumn!,
    end_lineno: last.endLine!,
    end_col_offset: last.endColumn!,
  };
}
