// Converting ints to and from text as CPython does: int(s, base) with its
// syntax (sign, base prefixes, single underscores between digits, digits of
// any script, surrounding whitespace) and its messages, repr/str in base 10,
// bin/oct/hex, and the limit on decimal digits (sys.set_int_max_str_digits,
// 4300 by default) that guards against quadratic conversions. The limit lives
// in the heap (G_INT_MAX_STR_DIGITS) so every thread sees one setting.

import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { G_INT_MAX_STR_DIGITS } from "../heap/layout.js";
import { bigBitLength, intFromBigInt, intToBigInt } from "./int.js";
import { reprString } from "./str.js";
import { asciiDigitsAndSpaces, stripAsciiSpace } from "./text.js";

/** sys.get_int_max_str_digits() */
export function intMaxStrDigits(heap: Heap): number {
  return heap.i32[G_INT_MAX_STR_DIGITS]!;
}

/** sys.set_int_max_str_digits(n): 0 (no limit) or at least 640, as CPython requires. */
export function setIntMaxStrDigits(heap: Heap, limit: number): void {
  if (limit !== 0 && limit < 640) throw new PyError("ValueError", "maxdigits must be >= 640 or 0 for unlimited");
  heap.i32[G_INT_MAX_STR_DIGITS] = limit;
}

/** str(v) / repr(v) for an int. */
export function intToString(heap: Heap, v: number): string {
  if ((v & 1) === 1) return String(v >> 1);
  const b = intToBigInt(heap, v);
  const limit = heap.i32[G_INT_MAX_STR_DIGITS]!;
  // A number of n bits has at least (n - 1) * log10(2) digits: refuse before converting.
  if (limit > 0 && (bigBitLength(b) - 1) * Math.LOG10E * Math.LN2 >= limit + 1) throw stringLimitError(limit);
  const text = b.toString();
  if (limit > 0 && text.length - (b < 0n ? 1 : 0) > limit) throw stringLimitError(limit);
  return text;
}

function stringLimitError(limit: number): PyError {
  return new PyError("ValueError", `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

const PREFIXES: Record<number, string> = { 2: "0b", 8: "0o", 16: "0x" };

/** bin(v), oct(v), hex(v): base 2, 8 or 16, with the prefix after the sign. */
export function intToBaseString(heap: Heap, v: number, base: 2 | 8 | 16): string {
  const b = intToBigInt(heap, v);
  const prefix = PREFIXES[base]!;
  return b < 0n ? "-" + prefix + (-b).toString(base) : prefix + b.toString(base);
}

const DIGIT_VALUES = (() => {
  const values = new Int8Array(128).fill(99);
  for (let c = 0; c < 10; c++) values[0x30 + c] = c;
  for (let c = 0; c < 26; c++) {
    values[0x41 + c] = 10 + c;
    values[0x61 + c] = 10 + c;
  }
  return values;
})();

/**
 * int(s, base) for a str s: the int value, or ValueError with CPython's
 * message. `base` is 0 (from the prefix, as in source code) or 2 to 36.
 */
export function intFromString(heap: Heap, s: string, base = 10): number {
  if (base !== 0 && (base < 2 || base > 36)) throw new PyError("ValueError", "int() base must be >= 2 and <= 36, or 0");
  const parsed = parseDigits(stripAsciiSpace(asciiDigitsAndSpaces(s)), base);
  if (parsed === null) throw invalidLiteral(s, base);
  const { negative, digits, radix } = parsed;
  const limit = heap.i32[G_INT_MAX_STR_DIGITS]!;
  if (limit > 0 && (radix & (radix - 1)) !== 0 && digits.length > limit) {
    throw new PyError("ValueError", `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const magnitude = digitsToBigInt(digits, radix);
  return intFromBigInt(heap, negative ? -magnitude : magnitude);
}

function invalidLiteral(s: string, base: number): PyError {
  return new PyError("ValueError", `invalid literal for int() with base ${base}: ${reprString(s).slice(0, 200)}`);
}

interface ParsedDigits {
  negative: boolean;
  /** The digits without underscores. */
  digits: string;
  radix: number;
}

function parseDigits(text: string, base: number): ParsedDigits | null {
  let i = 0;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") negative = text[i++] === "-";
  let radix = base;
  let afterPrefix = false;
  const prefix = text.slice(i, i + 2).toLowerCase();
  const prefixRadix = prefix === "0x" ? 16 : prefix === "0o" ? 8 : prefix === "0b" ? 2 : 0;
  if (prefixRadix !== 0 && (base === 0 || base === prefixRadix)) {
    radix = prefixRadix;
    i += 2;
    afterPrefix = true;
  } else if (base === 0) {
    radix = 10;
  }
  const body = text.slice(i);
  if (!validDigits(body, radix, afterPrefix)) return null;
  const digits = body.replaceAll("_", "");
  // Base 0 reads source-code literals, where a decimal with a leading zero must be all zeros.
  if (base === 0 && !afterPrefix && digits.length > 1 && digits[0] === "0" && /[^0]/.test(digits)) return null;
  return { negative, digits, radix };
}

/** Digits of the radix with single underscores between them (and one allowed first, after a prefix). */
function validDigits(body: string, radix: number, afterPrefix: boolean): boolean {
  if (body.length === 0) return false;
  let previousUnderscore = !afterPrefix;
  let sawDigit = false;
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    if (unit === 0x5f) {
      if (previousUnderscore) return false;
      previousUnderscore = true;
      continue;
    }
    if (unit >= 128 || DIGIT_VALUES[unit]! >= radix) return false;
    previousUnderscore = false;
    sawDigit = true;
  }
  return sawDigit && !previousUnderscore;
}

function digitsToBigInt(digits: string, radix: number): bigint {
  if (radix === 10) return BigInt(digits);
  if (radix === 16) return BigInt("0x" + digits);
  if (radix === 8) return BigInt("0o" + digits);
  if (radix === 2) return BigInt("0b" + digits);
  // Other radixes: chunks small enough for exact JavaScript numbers.
  const chunk = Math.floor(Math.log(2 ** 48) / Math.log(radix));
  let value = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    value = value * BigInt(radix) ** BigInt(part.length) + BigInt(parseInt(part, radix));
  }
  return value;
}
