// Syntax errors as Python sees them.
//
// The lexer, the parser and the compiler report every problem in the source by
// throwing a PySyntaxError: never a bare JavaScript exception. It carries what
// CPython's SyntaxError carries (msg, filename, lineno, offset, end_lineno,
// end_offset, text), and formatSyntaxError prints it the way CPython 3.13
// prints an uncaught SyntaxError:
//
//   File "x.py", line 3
//     if x
//         ^
// SyntaxError: expected ':'

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export interface SyntaxErrorInfo {
  kind?: SyntaxErrorKind;
  msg: string;
  filename: string;
  /** 1-based line of the error. */
  lineno: number;
  /** 1-based column of the first caret, as CPython's `offset`. */
  offset: number;
  /** Where the caret range ends (exclusive, 1-based); defaults to one caret. */
  end_lineno?: number;
  end_offset?: number;
  /** The source line, without its line ending; null when unknown. */
  text: string | null;
}

export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number;
  readonly end_offset: number;
  readonly text: string | null;

  constructor(info: SyntaxErrorInfo) {
    super(`${info.msg} (${info.filename}, line ${info.lineno})`);
    this.name = "PySyntaxError";
    this.kind = info.kind ?? "SyntaxError";
    this.msg = info.msg;
    this.filename = info.filename;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.end_lineno = info.end_lineno ?? info.lineno;
    this.end_offset = info.end_offset ?? info.offset + 1;
    this.text = info.text;
  }
}

/** The 1-based line `lineno` of `source`, without its line ending. */
export function sourceLine(source: string, lineno: number): string | null {
  const lines = source.split(/\r\n|\r|\n/);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1]! : null;
}

/**
 * The text CPython prints for an uncaught syntax error, ending in a newline:
 * a port of traceback.TracebackException._format_syntax_error. The source
 * line is shown without its leading spaces (tabs stay), the carets move left
 * with it and stay within the line, and no caret line is printed when the
 * offset points before the shown text (as for "unexpected indent").
 */
export function formatSyntaxError(err: PySyntaxError): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    const rtext = err.text.replace(/\n+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const spaces = rtext.length - ltext.length;
    // CPython's text keeps its line break, one character more than rtext.
    const textLength = rtext.length + 1;
    let offset = err.offset;
    let endOffset = err.lineno === err.end_lineno ? (err.end_offset === 0 ? offset : err.end_offset) : rtext.length + 1;
    if (offset > textLength) offset = rtext.length + 1;
    if (endOffset > textLength) endOffset = rtext.length + 1;
    if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
    const colno = offset - 1 - spaces;
    const endColno = endOffset - 1 - spaces;
    out += `    ${ltext}\n`;
    if (colno >= 0) {
      const caretSpace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : " ")).join("");
      out += `    ${caretSpace}${"^".repeat(endColno - colno)}\n`;
    }
  }
  return out + `${err.kind}: ${err.msg}\n`;
}
