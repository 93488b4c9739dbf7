// Character classes of Python's lexical grammar, on UTF-16 code units and code
// points. The lexer tests ASCII with plain comparisons and only falls back to
// the Unicode property regular expressions for characters above U+007F, so the
// common case never touches a regular expression.

export const TAB = 0x09;
export const LF = 0x0a;
export const FF = 0x0c;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const HASH = 0x23;
export const APOSTROPHE = 0x27;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const BACKSLASH = 0x5c;
export const UNDERSCORE = 0x5f;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * CPython's is_potential_identifier_char: ASCII letters, digits, `_`, and any
 * non-ASCII character. Whether the non-ASCII ones really are identifier
 * characters is decided afterwards, for the whole name, by `firstInvalidIdentifierChar`.
 */
export function isPotentialIdentifierChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === UNDERSCORE || c >= 0x80;
}

export function isPotentialIdentifierStart(c: number): boolean {
  return isAsciiLetter(c) || c === UNDERSCORE || c >= 0x80;
}

// PEP 3131 asks for XID_Start and XID_Continue; these property classes are the
// usual approximation of them (they differ only on a handful of compatibility
// characters).
const identifierStart = /[\p{L}\p{Nl}_\u2118\u212e\u309b\u309c]/u;
const identifierContinue = /[\p{L}\p{Nl}_\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da\u2118\u212e\u309b\u309c]/u;

/**
 * The index (in UTF-16 units) of the first character of `name` that may not
 * stand where it stands in an identifier, or -1 when `name` is a valid one.
 */
export function firstInvalidIdentifierChar(name: string): number {
  let i = 0;
  while (i < name.length) {
    const cp = name.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const ok = i === 0 ? identifierStart.test(ch) : identifierContinue.test(ch);
    if (!ok) return i;
    i += ch.length;
  }
  return -1;
}

// Py_UNICODE_ISPRINTABLE: everything but the "Other" and "Separator"
// categories, except the ASCII space.
const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintable(codePoint: number): boolean {
  if (codePoint === SPACE) return true;
  if (codePoint < 0x80) return codePoint > 0x20 && codePoint < 0x7f;
  return !nonPrintable.test(String.fromCodePoint(codePoint));
}

/** `U+00A0`: four hex digits at least, upper case, as CPython's `U+%04X`. */
export function codePointLabel(codePoint: number): string {
  return "U+" + codePoint.toString(16).toUpperCase().padStart(4, "0");
}
