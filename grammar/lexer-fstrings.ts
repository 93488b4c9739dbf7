// Scanning an f-string (PEP 701, Python 3.12+) to its end.
//
// An f-string cannot be ended by searching for its closing quote: a
// replacement field may hold any expression, including strings with the same
// quote and further f-strings. So this walks it as CPython's tokenizer does,
// switching between two modes. In literal mode it reads text up to a `{` that
// opens a field, a `}`, or the closing quote (`{{` and `}}` stand for single
// braces). In a field it reads ordinary tokens through the lexer, with the
// field's `{` on the shared bracket stack, until a top-level `:` starts the
// format spec (literal mode again, where every `{` opens a nested field) or
// the `}` matching the field's `{` closes it.
//
// The walk records what it found as the token's payload, a `ScannedFString`:
// literal chunks still undecoded, and for each field its expression source and
// position and the tokens that follow the expression (`=`, `!r`, `:`, `}`).
// splitFString turns that into FStringParts; the checks that CPython's parser
// (not its tokenizer) makes on those tokens live in fstring-checks.ts, because
// a problem they find must only be reported when the parser reaches the
// f-string, unless a tokenizer error follows inside the same f-string.

import { PySyntaxError } from "./errors.js";
import { BACKSLASH, CR, LBRACE, LF, RBRACE } from "./lexer-chars.js";
import type { Cursor } from "./lexer-cursor.js";
import type { Lexer } from "./lexer-core.js";
import { lineAtEnd, quoteSizeAt, type LiteralStart } from "./lexer-strings.js";
import { Colon, Equal, Exclamation, FString, keywords, Name, String as StringToken } from "./tokens.js";
import { fieldProblem } from "./fstring-checks.js";
import { partsOf } from "./fstring-parts.js";
import { decodeString } from "./strings.js";

/** CPython's MAXFSTRINGLEVEL and MAX_EXPR_NESTING. */
const MAX_FSTRING_LEVEL = 150;
const MAX_FIELD_NESTING = 3;

export interface FStringFrame {
  quote: number;
  quoteSize: number;
  raw: boolean;
  start: LiteralStart;
  /** The first parser-level problem met, reported if a tokenizer error follows. */
  deferred: PySyntaxError | null;
}

export type FieldTokenKind = "=" | "!" | ":" | "}" | "name" | "keyword" | "other" | "end";

/** A token of a field after its expression, with its span (columns exclusive at the end). */
export interface FieldToken {
  kind: FieldTokenKind;
  image: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Literal text, undecoded; CPython decodes each such chunk on its own. */
export interface ScannedLiteral {
  kind: "literal";
  raw: string;
}

export interface ScannedField {
  kind: "field";
  /** The expression's source text and where it starts (1-based line, 0-based column). */
  expression: string;
  line: number;
  column: number;
  /** The expression's first token, or null when the field has none. */
  first: FieldToken | null;
  /** The top-level tokens from the one that ends the expression up to `:` or `}`. */
  tail: FieldToken[];
  /** For `{x = }`: the text from the `{` to the conversion, spec or `}`. */
  debugText: string | null;
  spec: ScannedPiece[] | null;
  /** What stood where the `}` after the format spec should have been. */
  unclosedAt: FieldToken | null;
  /** The first literal in the field that does not decode (a bad escape). */
  literalError: PySyntaxError | null;
}

export type ScannedPiece = ScannedLiteral | ScannedField;

export interface ScannedFString {
  raw: boolean;
  pieces: ScannedPiece[];
  /** The closing quotes. */
  end: FieldToken;
}

type Stop = "quote" | "brace" | "newline";

const keywordTypes = new Set(Object.values(keywords));

/**
 * Scans the f-string whose opening quote is at the cursor (its prefix starts
 * at `start`) and leaves the cursor after its closing quote.
 */
export function scanFString(lx: Lexer, start: LiteralStart, prefixLength: number): ScannedFString {
  const cur = lx.cur;
  const quote = cur.code(cur.pos);
  const quoteSize = quoteSizeAt(cur);
  if (lx.fstringDepth + 1 >= MAX_FSTRING_LEVEL) {
    throw cur.errorBefore("too many nested f-strings", cur.pos + quoteSize);
  }
  const prefix = cur.src.slice(start.offset, start.offset + prefixLength);
  const frame: FStringFrame = { quote, quoteSize, raw: /r/i.test(prefix), start, deferred: null };
  cur.pos += quoteSize;
  const outerField = lx.field;
  lx.field = null;
  lx.fstringDepth++;
  try {
    const pieces = scanLiteralMode(lx, frame, false, 0).pieces;
    const line = cur.line;
    const column = cur.column;
    const end: FieldToken = {
      kind: "end", image: cur.src.slice(cur.pos, cur.pos + quoteSize),
      line, column, endLine: line, endColumn: column + quoteSize,
    };
    cur.pos += quoteSize;
    return { raw: frame.raw, pieces, end };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // A parser-level problem met earlier in the f-string is what CPython
    // reports; so is any error here, over one the parser found before.
    const reported = frame.deferred ?? e;
    lx.fstringErrors.add(reported);
    throw reported;
  } finally {
    lx.field = outerField;
    lx.fstringDepth--;
  }
}

/**
 * Reads literal text (the f-string's own, or a format spec's) up to the
 * closing quote, which it leaves unread; in a spec, also up to the `}` that
 * closes the field or a line break of a single-quoted f-string.
 */
function scanLiteralMode(
  lx: Lexer, frame: FStringFrame, inSpec: boolean, nesting: number,
): { pieces: ScannedPiece[]; stop: Stop } {
  const cur = lx.cur;
  const src = cur.src;
  const pieces: ScannedPiece[] = [];
  let chunkStart = cur.pos;
  // After `\N{`, the next `}` ends the escape; CPython forgets this at the
  // end of each chunk of text it hands to its parser.
  let namedEscape = false;
  // CPython forgets it is in a format spec once a nested field in the spec
  // has closed: from then on a line break ends the f-string, not the spec,
  // and `{{` is a brace again.
  let specRules = inSpec;
  const flush = (end: number): void => {
    if (end > chunkStart) pieces.push({ kind: "literal", raw: src.slice(chunkStart, end) });
  };
  for (;;) {
    const c = cur.code(cur.pos);
    if (c === -1 || (frame.quoteSize === 1 && (c === LF || c === CR))) {
      if (specRules && c !== -1) {
        flush(cur.pos);
        return { pieces, stop: "newline" };
      }
      throw unterminated(cur, frame);
    }
    if (c === frame.quote && closesHere(cur, frame)) {
      flush(cur.pos);
      return { pieces, stop: "quote" };
    }
    if (c === LBRACE) {
      if (!specRules && cur.code(cur.pos + 1) === LBRACE) {
        flush(cur.pos + 1);
        cur.pos += 2;
        chunkStart = cur.pos;
        namedEscape = false;
        continue;
      }
      flush(cur.pos);
      const scanned = scanField(lx, frame, nesting);
      pieces.push(scanned.field);
      chunkStart = cur.pos;
      specRules = false;
      namedEscape = false;
      if (scanned.endedString) return { pieces, stop: "quote" };
      continue;
    }
    if (c === RBRACE) {
      if (namedEscape) {
        // The `}` that ends a `\N{...}` escape.
        namedEscape = false;
        cur.pos++;
        continue;
      }
      if (inSpec) {
        flush(cur.pos);
        return { pieces, stop: "brace" };
      }
      if (cur.code(cur.pos + 1) === RBRACE) {
        flush(cur.pos + 1);
        cur.pos += 2;
        chunkStart = cur.pos;
        namedEscape = false;
        continue;
      }
      throw cur.errorBefore("f-string: single '}' is not allowed", cur.pos + 1);
    }
    if (c === BACKSLASH) {
      cur.pos++;
      const next = cur.code(cur.pos);
      // `\{` is no escape: the backslash stays literal and the brace acts.
      if (next === LBRACE || next === RBRACE) continue;
      if (!frame.raw && next === 0x4e && cur.code(cur.pos + 1) === LBRACE) {
        namedEscape = true;
        cur.pos += 2;
        continue;
      }
      if (!cur.skipLineBreak() && next !== -1) cur.pos++;
      continue;
    }
    if (!cur.skipLineBreak()) cur.pos++;
  }
}

function closesHere(cur: Cursor, frame: FStringFrame): boolean {
  if (frame.quoteSize === 1) return true;
  return cur.code(cur.pos + 1) === frame.quote && cur.code(cur.pos + 2) === frame.quote;
}

function unterminated(cur: Cursor, frame: FStringFrame): PySyntaxError {
  const detected = cur.code(cur.pos) === -1 ? lineAtEnd(cur) : cur.line;
  const triple = frame.quoteSize === 3 ? "triple-quoted " : "";
  return cur.error(`unterminated ${triple}f-string literal (detected at line ${detected})`, {
    lineno: frame.start.line,
    offset: cur.columnAt(frame.start.offset + 1, frame.start.lineStart),
  });
}

/** Reads a replacement field, from its `{` to its `}`. */
function scanField(
  lx: Lexer, frame: FStringFrame, nesting: number,
): { field: ScannedField; endedString: boolean } {
  const cur = lx.cur;
  if (nesting >= MAX_FIELD_NESTING) throw cur.errorBefore("f-string: expressions nested too deeply", cur.pos);
  lx.openBracket(LBRACE, cur.pos);
  cur.pos++;
  const level = lx.bracketChars.length;
  const field: ScannedField = {
    kind: "field", expression: "", line: cur.line, column: cur.column,
    first: null, tail: [], debugText: null, spec: null, unclosedAt: null, literalError: null,
  };
  const exprStart = cur.pos;
  let debugEnd = -1;
  let afterSpecBreak = false;
  let endedString = false;
  const outer = lx.field;
  lx.field = { level, fstring: frame };
  try {
    for (;;) {
      // A token is at the field's top level if it starts there (an opening
      // bracket still is); the field's closing `}` takes the depth below it.
      const depthBefore = lx.bracketChars.length;
      if (!lx.scanFieldToken()) throw lx.unclosedBracketError();
      if (field.literalError === null) {
        field.literalError = literalProblem(lx);
        frame.deferred ??= field.literalError;
      }
      const closed = lx.bracketChars.length < level;
      const kind: FieldTokenKind | null = closed ? "}" : depthBefore === level ? topLevelKind(lx) : null;
      const inExpression = field.tail.length === 0;
      if (inExpression && (kind === null || !isTerminator(kind))) {
        field.first ??= fieldToken(lx, kind ?? "other");
        continue;
      }
      if (inExpression) field.expression = cur.src.slice(exprStart, lx.tokStart);
      if (kind === null) continue;
      const token = fieldToken(lx, kind);
      field.tail.push(token);
      if (debugEnd < 0 && (kind === "!" || kind === ":" || kind === "}")) debugEnd = lx.tokStart;
      if (afterSpecBreak && kind !== "}" && field.unclosedAt === null) field.unclosedAt = token;
      noteProblem(cur, frame, field);
      if (closed) break;
      if (kind === ":" && field.spec === null) {
        const spec = scanLiteralMode(lx, frame, true, nesting + 1);
        field.spec = spec.pieces;
        noteProblem(cur, frame, field);
        if (spec.stop === "quote") {
          field.unclosedAt = quoteToken(cur, frame);
          noteProblem(cur, frame, field);
          endedString = true;
          break;
        }
        afterSpecBreak = spec.stop === "newline";
      }
    }
  } finally {
    lx.field = outer;
  }
  if (field.tail[0]?.kind === "=") {
    field.debugText = debugText(cur.src.slice(exprStart, debugEnd < 0 ? cur.pos : debugEnd));
  }
  return { field, endedString };
}

/**
 * CPython decodes a literal in a field as soon as its parser has read it, so
 * a bad escape there is a parser-level problem of the enclosing f-string.
 */
function literalProblem(lx: Lexer): PySyntaxError | null {
  if (lx.tokType !== StringToken && lx.tokType !== FString) return null;
  const cur = lx.cur;
  const fileSource = cur.fileText;
  try {
    if (lx.tokType === StringToken) {
      const image = cur.src.slice(lx.tokStart, cur.pos);
      decodeString(image, { filename: cur.filename, line: lx.tokLine, column: lx.tokColumn, fileSource });
    } else {
      partsOf(lx.tokPayload as ScannedFString, cur.filename, fileSource);
    }
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

/**
 * Keeps the first parser-level problem of the f-string as soon as the tokens
 * CPython's parser would need to see it have been read: from then on, it is
 * what CPython reports, even if a tokenizer error follows in the f-string.
 */
function noteProblem(cur: Cursor, frame: FStringFrame, field: ScannedField): void {
  if (frame.deferred !== null) return;
  const problem = fieldProblem(field);
  if (problem !== null) frame.deferred = cur.error(problem.msg, problem.span);
}

function isTerminator(kind: FieldTokenKind): boolean {
  return kind === "=" || kind === "!" || kind === ":" || kind === "}";
}

function topLevelKind(lx: Lexer): FieldTokenKind {
  const type = lx.tokType;
  if (type === Equal) return "=";
  if (type === Exclamation) return "!";
  if (type === Colon) return ":";
  if (type === Name) return "name";
  return keywordTypes.has(type) ? "keyword" : "other";
}

function fieldToken(lx: Lexer, kind: FieldTokenKind): FieldToken {
  const cur = lx.cur;
  return {
    kind, image: cur.src.slice(lx.tokStart, cur.pos),
    line: lx.tokLine, column: lx.tokColumn, endLine: cur.line, endColumn: cur.column,
  };
}

function quoteToken(cur: Cursor, frame: FStringFrame): FieldToken {
  const column = cur.column;
  return {
    kind: "end", image: cur.src.slice(cur.pos, cur.pos + frame.quoteSize),
    line: cur.line, column, endLine: cur.line, endColumn: column + frame.quoteSize,
  };
}

/**
 * The text CPython shows before a `{x = }` field's value: the source between
 * the braces up to the conversion or spec, with comments taken out (CPython
 * 3.13 removes every `#` to the end of its line, even one inside a string).
 */
function debugText(text: string): string {
  if (!text.includes("#")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      if (i < text.length) out += "\n";
    } else {
      out += text[i];
    }
  }
  return out;
}
