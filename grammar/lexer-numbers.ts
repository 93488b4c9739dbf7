// Numeric literals, scanned as CPython 3.13's tokenizer scans them, so that the
// same inputs fail with the same messages at the same columns: `1_` and `1e+`
// are "invalid decimal literal", `0o8` names the bad digit, `012` asks for an
// 0o prefix, and a literal glued to a name (`1abc`) is invalid while one glued
// to a keyword that may follow a number (`1if x else y`) is accepted, as CPython
// accepts it (with a warning this lexer does not print).

import type { TokenType } from "chevrotain";
import { isDigit, isHexDigit, isPotentialIdentifierChar } from "./lexer-chars.js";
import type { Cursor } from "./lexer-cursor.js";
import { Float, Imaginary, Int } from "./tokens.js";

/** Keywords that may follow a numeric literal in valid code (`1if x else 2`). */
function keywordFollows(cur: Cursor, p: number): boolean {
  const rest = (word: string): boolean =>
    cur.src.startsWith(word, p) && !isPotentialIdentifierChar(cur.code(p + word.length));
  switch (cur.code(p)) {
    case 0x61: return rest("and");
    case 0x65: return rest("else");
    case 0x66: return rest("for");
    case 0x69: {
      const c2 = cur.code(p + 1);
      return c2 === 0x66 || c2 === 0x6e || c2 === 0x73; // if, in, is
    }
    case 0x6f: return rest("or");
    case 0x6e: return rest("not");
    default: return false;
  }
}

/** Fails when the literal ending before `p` runs straight into a name. */
function verifyEnd(cur: Cursor, p: number, kind: string): void {
  if (keywordFollows(cur, p)) return;
  const c = cur.code(p);
  if (c >= 0 && c < 0x80 && isPotentialIdentifierChar(c)) {
    throw cur.errorBefore(`invalid ${kind} literal`, p);
  }
}

/** Digits and single underscores between digits; returns the end. */
function decimalTail(cur: Cursor, p: number): number {
  for (;;) {
    while (isDigit(cur.code(p))) p++;
    if (cur.code(p) !== 0x5f) return p;
    p++;
    if (!isDigit(cur.code(p))) throw cur.errorBefore("invalid decimal literal", p);
  }
}

/** The digits of a 0x/0o/0b literal, from just after its prefix. */
function radixDigits(cur: Cursor, p: number, radix: 16 | 8 | 2): number {
  const name = radix === 16 ? "hexadecimal" : radix === 8 ? "octal" : "binary";
  const isRadixDigit = (c: number): boolean =>
    radix === 16 ? isHexDigit(c) : c >= 0x30 && c < 0x30 + radix;
  const badDigit = (c: number): void => {
    if (radix !== 16 && isDigit(c)) {
      throw cur.errorBefore(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, p + 1);
    }
  };
  do {
    if (cur.code(p) === 0x5f) p++;
    const c = cur.code(p);
    if (!isRadixDigit(c)) {
      badDigit(c);
      throw cur.errorBefore(`invalid ${name} literal`, p);
    }
    while (isRadixDigit(cur.code(p))) p++;
  } while (cur.code(p) === 0x5f);
  badDigit(cur.code(p));
  verifyEnd(cur, p, name);
  return p;
}

export interface ScannedNumber {
  type: TokenType;
  end: number;
}

/**
 * Scans the numeric literal at `start` (a digit, or a `.` before a digit) and
 * returns its token type and end offset; fails as CPython does on bad ones.
 */
export function scanNumber(cur: Cursor, start: number): ScannedNumber {
  const c = cur.code(start);
  if (c === 0x2e) return fraction(cur, start + 1);
  if (c === 0x30) {
    const x = cur.code(start + 1) | 0x20;
    if (x === 0x78) return { type: Int, end: radixDigits(cur, start + 2, 16) };
    if (x === 0x6f) return { type: Int, end: radixDigits(cur, start + 2, 8) };
    if (x === 0x62) return { type: Int, end: radixDigits(cur, start + 2, 2) };
    return leadingZero(cur, start);
  }
  return afterIntegerPart(cur, decimalTail(cur, start), false);
}

/** `0`, `00`, `0_0`, and the floats that start with zeros (`09.5`, `0e1`). */
function leadingZero(cur: Cursor, start: number): ScannedNumber {
  let p = start + 1;
  for (;;) {
    if (cur.code(p) === 0x5f) {
      p++;
      if (!isDigit(cur.code(p))) throw cur.errorBefore("invalid decimal literal", p);
    }
    if (cur.code(p) !== 0x30) break;
    p++;
  }
  const zerosEnd = p;
  const nonzero = isDigit(cur.code(p));
  if (nonzero) p = decimalTail(cur, p);
  const c = cur.code(p);
  if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x6a || c === 0x4a) {
    return afterIntegerPart(cur, p, false);
  }
  if (nonzero) {
    throw cur.error(
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      // CPython gives this range in bytes, not characters.
      { lineno: cur.line, offset: cur.byteColumnAt(start) + 1, end_offset: cur.byteColumnAt(zerosEnd) + 1 },
    );
  }
  verifyEnd(cur, p, "decimal");
  return { type: Int, end: p };
}

/** After the digits before any `.`: a fraction, an exponent, a `j`, or nothing. */
function afterIntegerPart(cur: Cursor, p: number, isFloat: boolean): ScannedNumber {
  if (cur.code(p) === 0x2e) return fraction(cur, p + 1);
  return exponent(cur, p, isFloat);
}

function fraction(cur: Cursor, p: number): ScannedNumber {
  if (isDigit(cur.code(p))) p = decimalTail(cur, p);
  return exponent(cur, p, true);
}

function exponent(cur: Cursor, p: number, isFloat: boolean): ScannedNumber {
  const e = cur.code(p);
  if (e === 0x65 || e === 0x45) {
    let q = p + 1;
    const sign = cur.code(q);
    if (sign === 0x2b || sign === 0x2d) {
      q++;
      if (!isDigit(cur.code(q))) throw cur.errorBefore("invalid decimal literal", q);
    } else if (!isDigit(sign)) {
      // `1e` followed by something else: the number ends before the `e`.
      verifyEnd(cur, p, "decimal");
      return { type: isFloat ? Float : Int, end: p };
    }
    p = decimalTail(cur, q);
    isFloat = true;
  }
  const j = cur.code(p);
  if (j === 0x6a || j === 0x4a) {
    verifyEnd(cur, p + 1, "imaginary");
    return { type: Imaginary, end: p + 1 };
  }
  verifyEnd(cur, p, "decimal");
  return { type: isFloat ? Float : Int, end: p };
}
