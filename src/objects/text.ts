// Character classes that Python's number parsing uses.
//
// int() and float() first rewrite their argument as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII does: every non-ASCII decimal
// digit becomes its ASCII digit, every non-ASCII whitespace a space, any other
// non-ASCII character a '?' (which no parser accepts); then they strip ASCII
// whitespace.

const UNICODE_SPACE = /^[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Whether the code point is whitespace for str.isspace(). */
export function isPythonSpace(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x09 && codePoint <= 0x0d) || (codePoint >= 0x1c && codePoint <= 0x20);
  return UNICODE_SPACE.test(String.fromCodePoint(codePoint));
}

/** The value of a decimal digit of any script, or -1. */
export function decimalDigitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  if (codePoint < 0x80 || !DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))) return -1;
  // Unicode encodes decimal digits in runs 0..9, so the offset from the run's start gives the value.
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (codePoint - start) % 10;
}

/** The argument of int()/float() rewritten to ASCII (see above). */
export function asciiDigitsAndSpaces(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) return s;
  let out = "";
  for (const char of s) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) out += char;
    else if (UNICODE_SPACE.test(char)) out += " ";
    else {
      const digit = decimalDigitValue(cp);
      out += digit >= 0 ? String.fromCharCode(0x30 + digit) : "?";
    }
  }
  return out;
}

/** `s` without leading and trailing ASCII whitespace (space, \t \n \v \f \r). */
export function stripAsciiSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

function isAsciiSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}
