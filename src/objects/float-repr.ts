// Converting floats to and from text as CPython does.
//
// repr(x) is the shortest string that reads back as x (JavaScript finds the
// same digits: Number.prototype.toExponential without an argument gives the
// shortest round-trip significand), laid out by CPython's rules for the 'r'
// format: positional when the decimal exponent is in [-4, 16), with ".0"
// added to integral values; scientific otherwise, with a sign and at least two
// exponent digits (1e+16, 1.5e-07). float(s) accepts what CPython accepts:
// surrounding whitespace, underscores between digits, inf/infinity/nan in any
// case, and decimal digits of any script.

import { PyError } from "../heap/errors.js";
import { reprString } from "./str.js";
import { asciiDigitsAndSpaces, stripAsciiSpace } from "./text.js";

/** The decimal digits and exponent of a finite, non-zero |x|: x = 0.d1d2d3... * 10**decimalPoint. */
function shortestDigits(x: number): { digits: string; decimalPoint: number } {
  const [mantissa, exponent] = Math.abs(x).toExponential().split("e") as [string, string];
  return { digits: mantissa.replace(".", ""), decimalPoint: Number(exponent) + 1 };
}

/** repr(x) (and str(x)) for a float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits, decimalPoint } = shortestDigits(x);
  if (decimalPoint > -4 && decimalPoint <= 16) return sign + positional(digits, decimalPoint);
  return sign + scientific(digits, decimalPoint - 1);
}

function positional(digits: string, decimalPoint: number): string {
  if (decimalPoint <= 0) return "0." + "0".repeat(-decimalPoint) + digits;
  if (decimalPoint >= digits.length) return digits + "0".repeat(decimalPoint - digits.length) + ".0";
  return digits.slice(0, decimalPoint) + "." + digits.slice(decimalPoint);
}

function scientific(digits: string, exponent: number): string {
  const mantissa = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
  const sign = exponent < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

const DECIMAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) for a str s; ValueError with CPython's message when s is not a float literal. */
export function floatFromString(s: string): number {
  const text = stripAsciiSpace(asciiDigitsAndSpaces(s));
  const special = SPECIAL.exec(text);
  if (special) {
    const value = special[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -value : value;
  }
  if (!DECIMAL.test(text)) throw new PyError("ValueError", `could not convert string to float: ${reprString(s)}`);
  return Number(text.replaceAll("_", ""));
}
