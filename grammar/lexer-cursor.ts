// The lexer's position in the source, and the syntax errors it raises there.
//
// A cursor walks a string by UTF-16 offset (`pos`) and keeps the 1-based line
// and the offset at which that line starts. Columns are counted in Unicode code
// points from the line start, which is what CPython's SyntaxError offsets and
// traceback carets count; they differ from `pos - lineStart` only on lines that
// hold characters outside the BMP, so the slow count runs only for sources that
// contain a surrogate at all.
//
// A fragment (an f-string's replacement field, re-lexed on its own) starts at
// some line and column of its file: `lineStart` then begins negative, so that
// the first line's columns come out right, and the file's text supplies the
// source line that error messages show.

import { PySyntaxError, sourceLine, type SyntaxErrorKind } from "./errors.js";
import { CR, LF } from "./lexer-chars.js";

/** Where a lexical error points, in CPython's terms (1-based offsets). */
export interface ErrorSpan {
  lineno: number;
  offset: number;
  end_lineno?: number;
  end_offset?: number;
}

export class Cursor {
  /** The text being lexed; a file's ends in a line break unless it is empty. */
  readonly src: string;
  readonly end: number;
  /** Whether `src` ends in a line break that the source lacked. */
  readonly implicitNewline: boolean;
  pos = 0;
  line: number;
  lineStart: number;
  private readonly hasSurrogates: boolean;
  private countedLineStart = Number.NaN;
  private countedUpTo = 0;
  private countedPairs = 0;
  private readonly fragmentText: string;
  private readonly fragmentFirstLine: number;
  private readonly lineStartsAtZero: boolean;

  constructor(
    source: string,
    readonly filename: string,
    startLine: number,
    startColumn: number,
    private readonly fileSource: string | undefined,
    /** Whether to read an unterminated last line as if it ended in a newline, as CPython reads files. */
    completeLastLine: boolean,
  ) {
    this.fragmentText = source;
    this.fragmentFirstLine = startLine;
    // CPython reads an unterminated last line as if it ended in a newline.
    const last = source.charCodeAt(source.length - 1);
    this.implicitNewline = completeLastLine && source.length > 0 && last !== LF && last !== CR;
    this.src = this.implicitNewline ? source + "\n" : source;
    this.end = this.src.length;
    this.line = startLine;
    this.lineStart = -startColumn;
    this.lineStartsAtZero = startColumn === 0;
    this.hasSurrogates = /[\ud800-\udfff]/.test(source);
  }

  /** The code unit at `p`, or -1 past the end. */
  code(p: number): number {
    return p < this.end ? this.src.charCodeAt(p) : -1;
  }

  /** Column of offset `p` on the line that starts at `lineStart`, in code points. */
  columnAt(p: number, lineStart: number = this.lineStart): number {
    if (!this.hasSurrogates) return p - lineStart;
    // Count the second halves of surrogate pairs, going on from the last
    // count on the same line, so that a long line is not counted over and over.
    let from = Math.max(lineStart, 0);
    let pairs = 0;
    if (lineStart === this.countedLineStart && p >= this.countedUpTo) {
      from = this.countedUpTo;
      pairs = this.countedPairs;
    }
    for (let i = from; i < p; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) pairs++;
    }
    this.countedLineStart = lineStart;
    this.countedUpTo = p;
    this.countedPairs = pairs;
    return p - lineStart - pairs;
  }

  /**
   * Column of offset `p` on the current line in UTF-8 bytes, which a few of
   * CPython's messages report without converting them to characters.
   */
  byteColumnAt(p: number): number {
    return utf8Length(this.src, Math.max(this.lineStart, 0), p) + Math.max(-this.lineStart, 0);
  }

  /** Column of the current position. */
  get column(): number {
    return this.columnAt(this.pos);
  }

  /**
   * Steps over the line break at `pos` (`\n`, `\r\n` or `\r`) and starts the
   * next line; returns false, without moving, when `pos` holds no line break.
   */
  skipLineBreak(): boolean {
    const c = this.code(this.pos);
    if (c === LF) {
      this.pos++;
    } else if (c === CR) {
      this.pos += this.code(this.pos + 1) === LF ? 2 : 1;
    } else {
      return false;
    }
    this.line++;
    this.lineStart = this.pos;
    return true;
  }

  /** The whole file's text, when it is known. */
  get fileText(): string | undefined {
    return this.fileSource ?? (this.fragmentFirstLine === 1 && this.lineStartsAtZero ? this.fragmentText : undefined);
  }

  /** The source line `lineno` as error messages show it. */
  lineText(lineno: number): string | null {
    if (this.fileSource !== undefined) return sourceLine(this.fileSource, lineno);
    return sourceLine(this.fragmentText, lineno - this.fragmentFirstLine + 1);
  }

  error(msg: string, span: ErrorSpan, kind: SyntaxErrorKind = "SyntaxError"): PySyntaxError {
    return new PySyntaxError({
      kind,
      msg,
      filename: this.filename,
      lineno: span.lineno,
      offset: span.offset,
      end_lineno: span.end_lineno ?? span.lineno,
      end_offset: span.end_offset ?? span.offset,
      text: this.lineText(span.lineno),
    });
  }

  /**
   * An error where CPython's tokenizer reports most of its own: on the current
   * line, with the caret on the character just before `p` (CPython counts the
   * characters between the line start and its read position).
   */
  errorBefore(msg: string, p: number = this.pos): PySyntaxError {
    const offset = this.columnAt(p);
    return this.error(msg, { lineno: this.line, offset, end_offset: offset });
  }
}

/** The length in UTF-8 of src[from, to). */
export function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) n += 4;
    else if (c >= 0xdc00 && c <= 0xdfff) n += 0;
    else n += 3;
  }
  return n;
}

/**
 * How many characters CPython counts when it decodes the first `bytes` bytes
 * of `text` as UTF-8, as it does to turn a byte offset into a column: a cut
 * character still counts as one, and reading one byte past the end counts
 * the terminating NUL.
 */
export function charactersInUtf8Prefix(text: string, bytes: number): number {
  const total = utf8Length(text, 0, text.length);
  let n = Math.min(bytes, total + 1);
  let chars = 0;
  let at = 0;
  for (const ch of text) {
    if (at >= n) break;
    chars++;
    at += utf8Length(ch, 0, ch.length);
  }
  if (n > total) chars += n - total;
  return chars;
}

/**
 * Line `lineno` of `text` as CPython reads it from a file to turn byte offsets
 * into columns: with a "\n" at its end, unless it is an unterminated last line.
 */
export function lineAsRead(text: string, lineno: number): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (lineno < 1 || lineno > lines.length) return "";
  return lines[lineno - 1]! + (lineno < lines.length ? "\n" : "");
}
