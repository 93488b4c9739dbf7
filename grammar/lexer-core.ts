// The lexer proper: a character-code scanner that turns Python source into
// chevrotain tokens, with Python's layout rules.
//
// Layout follows CPython's tokenizer. At the start of each logical line the
// indentation decides INDENT/DEDENT (lexer-layout.ts). Blank and comment-only
// lines produce nothing. Inside (), [] and {} line breaks are plain
// whitespace. A backslash before a line break joins the lines. The end of
// input produces a NEWLINE if the last line lacked one, then the DEDENTs
// still open, then one ENDMARKER.
//
// Brackets are kept on one stack (character, line, column) shared with the
// replacement fields of f-strings, because CPython reports mismatches and
// unclosed brackets across both. An f-string becomes a single FSTRING token;
// lexer-fstrings.ts walks its fields with `scanFieldToken` and keeps the
// structure it finds on the token's payload, for splitFString.

import type { IToken, TokenType } from "chevrotain";
import { createTokenInstance } from "./chevrotain.js";
import { PySyntaxError } from "./errors.js";
import {
  BACKSLASH, CR, DOT, FF, HASH, LF, SPACE, TAB,
  codePointLabel, firstInvalidIdentifierChar, isDigit, isPotentialIdentifierChar,
  isPotentialIdentifierStart, isPrintable,
} from "./lexer-chars.js";
import { charactersInUtf8Prefix, Cursor, lineAsRead, utf8Length } from "./lexer-cursor.js";
import { scanFString, type FStringFrame } from "./lexer-fstrings.js";
import { IndentMeasure, IndentStack } from "./lexer-layout.js";
import { scanNumber } from "./lexer-numbers.js";
import { operatorLength, operatorType } from "./lexer-operators.js";
import { skipStringLiteral } from "./lexer-strings.js";
import {
  Dedent, EndMarker, ErrorToken, FString, Indent, keywords, Name, Newline, String as StringToken,
} from "./tokens.js";

/** CPython's MAXLEVEL. */
const MAX_BRACKETS = 200;

const keywordTypes = new Map<string, TokenType>(Object.entries(keywords));

/** What one call to `scan` found. */
const enum Scanned { Token, LineEnd, End }

/**
 * What the parser needs to report a lexical error in CPython's order (see
 * `lexicalErrorContext` in lexer.ts).
 */
export interface LexicalErrorContext {
  /** The tokens lexed before the error; no ENDMARKER ends them. */
  tokens: IToken[];
  /** Whether a syntax error the parser finds within `tokens` is reported instead. */
  yieldsToParserError: boolean;
  /**
   * "'(' was never closed" for the innermost bracket open at the error: what
   * CPython reports instead of a parser error on a later line than that bracket.
   */
  unclosedBracket: PySyntaxError | null;
}

export const errorContexts = new WeakMap<PySyntaxError, LexicalErrorContext>();

export interface LexerOptions {
  filename: string;
  startLine: number;
  startColumn: number;
  insideBrackets: boolean;
  fileSource: string | undefined;
}

/** The replacement field whose expression is being scanned. */
export interface OpenField {
  /** The bracket-stack depth just inside the field's `{`. */
  level: number;
  fstring: FStringFrame;
}

export class Lexer {
  readonly cur: Cursor;
  readonly tokens: IToken[] = [];
  private readonly layout: boolean;
  private readonly indents = new IndentStack();

  /** Open brackets: the character, its line and its column. */
  readonly bracketChars: number[] = [];
  readonly bracketLines: number[] = [];
  readonly bracketColumns: number[] = [];

  /** The innermost replacement field being scanned, if any. */
  field: OpenField | null = null;
  /** How many f-strings enclose the current position. */
  fstringDepth = 0;
  /** Errors raised inside an f-string (set by lexer-fstrings.ts). */
  readonly fstringErrors = new WeakSet<PySyntaxError>();
  private softError: { error: PySyntaxError; unclosed: PySyntaxError | null } | null = null;
  /** Where CPython's line buffer starts (see continuationErrorOffset). */
  private bufferStart = 0;

  // The token `scan` found last: its type, start offset, start position and
  // payload; it ends at the cursor.
  tokType: TokenType = Name;
  tokStart = 0;
  tokLine = 0;
  tokColumn = 0;
  tokPayload: unknown = undefined;

  constructor(source: string, options: LexerOptions) {
    this.cur = new Cursor(
      source, options.filename, options.startLine, options.startColumn, options.fileSource, !options.insideBrackets,
    );
    this.layout = !options.insideBrackets;
  }

  run(): IToken[] {
    try {
      return this.lex();
    } catch (e) {
      if (e instanceof PySyntaxError) errorContexts.set(e, this.contextOf(e));
      throw e;
    }
  }

  private lex(): IToken[] {
    const cur = this.cur;
    if (cur.pos === 0 && cur.code(0) === 0xfeff) cur.pos = 1;
    let atLineStart = this.layout;
    for (;;) {
      if (atLineStart) {
        atLineStart = false;
        this.indentation();
      }
      const found = this.scan();
      if (found === Scanned.Token) {
        this.pushScanned();
      } else if (found === Scanned.LineEnd) {
        atLineStart = true;
      } else {
        break;
      }
    }
    this.finish();
    return this.tokens;
  }

  // -------------------------------------------------------------------------
  // Errors, and what the parser needs to order them as CPython does

  /**
   * Notes an error that CPython's tokenizer reports without raising it (an
   * error code the parser turns into an exception): it gives way to a syntax
   * error the parser found earlier, except to one on a later line than an
   * open bracket, where CPython says the bracket was never closed.
   */
  private soft(error: PySyntaxError): PySyntaxError {
    const unclosed = this.bracketChars.length > 0 ? this.unclosedBracketError() : null;
    this.softError = { error, unclosed };
    return error;
  }

  private contextOf(error: PySyntaxError): LexicalErrorContext {
    const soft = this.softError?.error === error ? this.softError : null;
    return {
      tokens: this.tokens.slice(),
      yieldsToParserError: soft !== null || this.fstringErrors.has(error),
      unclosedBracket: soft?.unclosed ?? null,
    };
  }

  // -------------------------------------------------------------------------
  // Layout

  /**
   * Measures the indentation of the line starting at the cursor, skipping
   * blank and comment-only lines, and pushes the INDENT or DEDENTs it implies.
   */
  private indentation(): void {
    const cur = this.cur;
    for (;;) {
      this.bufferStart = cur.lineStart;
      const measure = new IndentMeasure();
      let continuedCol = 0;
      for (;;) {
        const c = cur.code(cur.pos);
        if (c === SPACE) {
          measure.space();
        } else if (c === TAB) {
          measure.tab();
        } else if (c === FF) {
          measure.formFeed();
        } else if (c === BACKSLASH) {
          // Indentation cannot be split over lines with backslashes: the
          // first backslash fixes the level for what follows.
          continuedCol = continuedCol || measure.col;
          this.lineContinuation(true);
          this.bufferStart = cur.lineStart;
          continue;
        } else {
          break;
        }
        cur.pos++;
      }
      const c = cur.code(cur.pos);
      if (c === HASH || c === LF || c === CR) {
        this.skipComment();
        cur.skipLineBreak();
        continue;
      }
      if (continuedCol) measure.col = measure.altCol = continuedCol;
      this.indent(measure);
      return;
    }
  }

  private indent(measure: IndentMeasure): void {
    const cur = this.cur;
    const change = this.indents.change(measure);
    switch (change.kind) {
      case "same":
        return;
      case "indent":
        this.push(Indent, cur.src.slice(cur.lineStart, cur.pos), Math.max(cur.lineStart, 0), cur.line, 0);
        return;
      case "dedent": {
        const column = cur.column;
        for (let i = 0; i < change.count; i++) this.push(Dedent, "", cur.pos, cur.line, column);
        return;
      }
      case "inconsistent":
        throw this.soft(cur.error(
          "inconsistent use of tabs and spaces in indentation",
          { lineno: cur.line, offset: 1, end_offset: 0 }, "TabError",
        ));
      case "too deep":
        throw this.soft(cur.error(
          "too many levels of indentation", { lineno: cur.line, offset: 1, end_offset: 0 }, "IndentationError",
        ));
      case "unmatched dedent":
        throw this.soft(cur.error(
          "unindent does not match any outer indentation level", this.wholeLineSpan(), "IndentationError",
        ));
    }
  }

  /** CPython points indentation errors past the end of the offending line. */
  private wholeLineSpan(): { lineno: number; offset: number; end_offset: number } {
    const text = this.cur.lineText(this.cur.line) ?? "";
    return { lineno: this.cur.line, offset: [...text].length + 1, end_offset: -1 };
  }

  /**
   * Steps over a backslash that must stand before a line break. CPython puts
   * the caret just after the backslash for both of the errors here, except
   * for an end of file after a backslash that only whitespace precedes on
   * its line, which it reports at offset 0 (having dropped its line buffer
   * at the start of the line).
   */
  private lineContinuation(atLineStart: boolean): void {
    const cur = this.cur;
    const line = cur.line;
    const offset = cur.column + 2;
    cur.pos++;
    if (!cur.skipLineBreak()) {
      throw this.soft(cur.error("unexpected character after line continuation character",
        { lineno: line, offset: this.continuationErrorOffset(cur.pos), end_offset: 0 }));
    }
    if (cur.code(cur.pos) === -1) {
      if (this.bracketChars.length > 0) throw this.soft(this.unclosedBracketError());
      throw this.soft(cur.error("unexpected EOF while parsing", { lineno: line, offset: atLineStart ? 0 : offset, end_offset: -1 }));
    }
  }

  /**
   * CPython counts this offset in bytes from the start of its line buffer,
   * which holds every line read since it last stood between tokens (a line
   * continued by a backslash, or ended inside a string, shares the buffer of
   * the next), and then reads it as a column of the error's line.
   */
  private continuationErrorOffset(afterBackslash: number): number {
    const cur = this.cur;
    const bytes = utf8Length(cur.src, Math.max(this.bufferStart, 0), afterBackslash) + 1;
    const text = cur.fileText;
    const line = text !== undefined ? lineAsRead(text, cur.line) : cur.lineText(cur.line) ?? "";
    return charactersInUtf8Prefix(line, bytes);
  }

  /** CPython starts a fresh line buffer when it reads a line between tokens, outside f-strings. */
  private startLineBuffer(): void {
    if (this.fstringDepth === 0) this.bufferStart = this.cur.lineStart;
  }

  private skipComment(): void {
    const cur = this.cur;
    if (cur.code(cur.pos) !== HASH) return;
    for (;;) {
      const c = cur.code(cur.pos);
      if (c === LF || c === CR || c === -1) return;
      cur.pos++;
    }
  }

  private finish(): void {
    const cur = this.cur;
    if (this.layout) {
      for (let i = this.indents.depth; i > 0; i--) this.push(Dedent, "", cur.pos, cur.line, cur.column);
    }
    this.push(EndMarker, "", cur.pos, cur.line, cur.column);
  }

  // -------------------------------------------------------------------------
  // Tokens

  /** Pushes a token that lies on one line and holds no astral characters. */
  private push(type: TokenType, image: string, start: number, line: number, column: number): void {
    this.tokens.push(createTokenInstance(
      type, image, start, start + image.length - 1, line, line, column, column + image.length,
    ));
  }

  private pushScanned(): void {
    const cur = this.cur;
    const token = createTokenInstance(
      this.tokType, cur.src.slice(this.tokStart, cur.pos), this.tokStart, cur.pos - 1,
      this.tokLine, cur.line, this.tokColumn, cur.column,
    );
    if (this.tokPayload !== undefined) token.payload = this.tokPayload;
    this.tokens.push(token);
  }

  /**
   * Scans past whitespace and comments to the next token, which it leaves in
   * the `tok*` fields, or to the end of a logical line (whose NEWLINE it
   * pushes) or of the input.
   */
  private scan(): Scanned {
    const cur = this.cur;
    // Whether only whitespace has come since a line break inside brackets:
    // CPython then reads a backslash continuation as it does in indentation.
    let atLineStart = false;
    for (;;) {
      let c = cur.code(cur.pos);
      while (c === SPACE || c === TAB || c === FF) c = cur.code(++cur.pos);
      if (c === HASH) {
        this.skipComment();
        c = cur.code(cur.pos);
      }
      if (c === -1) {
        if (this.bracketChars.length > 0) throw this.soft(this.unclosedBracketError());
        return Scanned.End;
      }
      if (c === LF || c === CR) {
        if (this.bracketChars.length === 0 && this.layout) {
          const start = cur.pos;
          const line = cur.line;
          const column = cur.column;
          const implicit = cur.implicitNewline && start === cur.end - 1;
          cur.skipLineBreak();
          const image = implicit ? "" : cur.src.slice(start, cur.pos);
          this.tokens.push(createTokenInstance(Newline, image, start, cur.pos - 1, line, line, column,
            column + Math.max(image.length, 1)));
          return Scanned.LineEnd;
        }
        cur.skipLineBreak();
        this.startLineBuffer();
        atLineStart = true;
        continue;
      }
      if (c === BACKSLASH) {
        this.lineContinuation(atLineStart);
        if (atLineStart) this.startLineBuffer();
        continue;
      }
      this.tokStart = cur.pos;
      this.tokLine = cur.line;
      this.tokColumn = cur.column;
      this.tokPayload = undefined;
      this.scanToken(c);
      return Scanned.Token;
    }
  }

  /**
   * For lexer-fstrings.ts: the next token of a replacement field, in the
   * `tok*` fields; false at the end of the input.
   */
  scanFieldToken(): boolean {
    return this.scan() === Scanned.Token;
  }

  private scanToken(c: number): void {
    const cur = this.cur;
    if (isPotentialIdentifierStart(c)) {
      this.scanNameOrPrefixedString();
    } else if (isDigit(c) || (c === DOT && isDigit(cur.code(cur.pos + 1)))) {
      const number = scanNumber(cur, cur.pos);
      this.tokType = number.type;
      cur.pos = number.end;
    } else if (c === 0x22 || c === 0x27) {
      skipStringLiteral(cur, this.literalStart(), this.field?.fstring ?? null);
      this.tokType = StringToken;
    } else {
      this.scanOperator(c);
    }
  }

  private literalStart(): { offset: number; line: number; lineStart: number } {
    return { offset: this.tokStart, line: this.tokLine, lineStart: this.cur.lineStart };
  }

  private scanNameOrPrefixedString(): void {
    const cur = this.cur;
    const start = cur.pos;
    const prefix = stringPrefixLength(cur, start);
    if (prefix > 0) {
      const isF = hasLetter(cur.src, start, prefix, 0x66);
      cur.pos = start + prefix;
      if (isF) {
        // Scanning the fields reuses the tok* fields; the f-string's own start is kept here.
        const line = this.tokLine;
        const column = this.tokColumn;
        const payload = scanFString(this, this.literalStart(), prefix);
        this.tokStart = start;
        this.tokLine = line;
        this.tokColumn = column;
        this.tokPayload = payload;
        this.tokType = FString;
      } else {
        skipStringLiteral(cur, this.literalStart(), this.field?.fstring ?? null);
        this.tokType = StringToken;
      }
      return;
    }
    let nonAscii = false;
    let p = start;
    for (;;) {
      const c = cur.code(p);
      if (!isPotentialIdentifierChar(c)) break;
      if (c >= 0x80) nonAscii = true;
      p++;
    }
    if (nonAscii) this.verifyIdentifier(start, p);
    cur.pos = p;
    this.tokType = keywordTypes.get(cur.src.slice(start, p)) ?? Name;
  }

  /** Fails on the first character of src[start, end) that PEP 3131 does not allow. */
  private verifyIdentifier(start: number, end: number): void {
    const cur = this.cur;
    const bad = firstInvalidIdentifierChar(cur.src.slice(start, end));
    if (bad < 0) return;
    const codePoint = cur.src.codePointAt(start + bad)!;
    const after = start + bad + (codePoint > 0xffff ? 2 : 1);
    const msg = isPrintable(codePoint)
      ? `invalid character '${String.fromCodePoint(codePoint)}' (${codePointLabel(codePoint)})`
      : `invalid non-printable character ${codePointLabel(codePoint)}`;
    throw cur.errorBefore(msg, after);
  }

  private scanOperator(c: number): void {
    const cur = this.cur;
    const start = cur.pos;
    // At the top of a replacement field a ':' starts the format spec, even
    // where ':=' would otherwise be read: f"{x:=10}" formats x with "=10".
    const colonEndsField = c === 0x3a && this.field !== null && this.bracketChars.length === this.field.level;
    const length = colonEndsField ? 1 : operatorLength(cur.src, start);
    if (length === 0) {
      this.unknownCharacter(c);
      return;
    }
    cur.pos = start + length;
    this.tokType = operatorType(cur.src, start, length);
    if (length === 1) {
      if (c === 0x28 || c === 0x5b || c === 0x7b) this.openBracket(c, start);
      else if (c === 0x29 || c === 0x5d || c === 0x7d) this.closeBracket(c);
    }
  }

  /**
   * A character no token starts with. CPython's tokenizer lets printable ones
   * through as a generic operator, which the parser then rejects with "invalid
   * syntax", so they become ERRORTOKENs; the others are the tokenizer's error.
   */
  private unknownCharacter(c: number): void {
    const cur = this.cur;
    if (!isPrintable(c)) {
      throw cur.errorBefore(`invalid non-printable character ${codePointLabel(c)}`, cur.pos + 1);
    }
    cur.pos++;
    this.tokType = ErrorToken;
  }

  // -------------------------------------------------------------------------
  // Brackets

  openBracket(c: number, at: number): void {
    const cur = this.cur;
    if (this.bracketChars.length >= MAX_BRACKETS) {
      throw cur.errorBefore("too many nested parentheses", at + 1);
    }
    this.bracketChars.push(c);
    this.bracketLines.push(cur.line);
    this.bracketColumns.push(cur.columnAt(at));
  }

  private closeBracket(c: number): void {
    const cur = this.cur;
    const close = String.fromCharCode(c);
    const depth = this.bracketChars.length;
    if (depth === 0) throw cur.errorBefore(`unmatched '${close}'`);
    const opening = this.bracketChars[depth - 1]!;
    if (closerOf(opening) !== c) {
      // A bracket that would close a replacement field's own '{'.
      if (this.field !== null && depth === this.field.level) {
        throw cur.errorBefore(`f-string: unmatched '${close}'`);
      }
      const open = String.fromCharCode(opening);
      const openLine = this.bracketLines[depth - 1]!;
      const where = openLine !== cur.line ? ` on line ${openLine}` : "";
      throw cur.errorBefore(`closing parenthesis '${close}' does not match opening parenthesis '${open}'${where}`);
    }
    this.popBracket();
  }

  popBracket(): void {
    this.bracketChars.pop();
    this.bracketLines.pop();
    this.bracketColumns.pop();
  }

  /** "'(' was never closed", at the innermost open bracket. */
  unclosedBracketError(): PySyntaxError {
    const top = this.bracketChars.length - 1;
    return this.cur.error(`'${String.fromCharCode(this.bracketChars[top]!)}' was never closed`, {
      lineno: this.bracketLines[top]!,
      offset: this.bracketColumns[top]! + 1,
      end_offset: 0,
    });
  }
}

function closerOf(opening: number): number {
  return opening === 0x28 ? 0x29 : opening === 0x5b ? 0x5d : 0x7d;
}

function hasLetter(src: string, start: number, length: number, lower: number): boolean {
  for (let i = start; i < start + length; i++) if ((src.charCodeAt(i) | 0x20) === lower) return true;
  return false;
}

/**
 * The length of the string prefix at `p` (`r`, `b`, `rb`, `f`, `fr`, `u`, in
 * any case and order CPython accepts) when a quote follows it; else 0.
 */
function stringPrefixLength(cur: Cursor, p: number): number {
  let sawB = false, sawR = false, sawU = false, sawF = false;
  for (let i = p; i < p + 3; i++) {
    const c = cur.code(i);
    if (c === 0x22 || c === 0x27) return i - p;
    const lower = c | 0x20;
    if (lower === 0x62 && !(sawB || sawU || sawF)) sawB = true;
    else if (lower === 0x75 && !(sawB || sawU || sawR || sawF)) sawU = true;
    else if (lower === 0x72 && !(sawR || sawU)) sawR = true;
    else if (lower === 0x66 && !(sawF || sawB || sawU)) sawF = true;
    else return 0;
  }
  return 0;
}
