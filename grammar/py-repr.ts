// Python's repr() of the literal values a syntax tree holds: str, bytes, int,
// float, complex, and the singletons. ast.dump prints constants this way, so
// these must match CPython 3.13 character for character.

import { ELLIPSIS, type ConstantValue } from "./ast.js";

/** Code points str.isprintable() rejects: controls, format, surrogates, private use, unassigned, separators. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function isPrintable(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** The quote repr() picks: single, unless the text has single quotes and no double ones. */
function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return `\\x${hex(cp, 2)}`;
  if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

export function reprStr(s: string): string {
  const quote = chooseQuote(s.includes("'"), s.includes('"'));
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (isPrintable(ch)) out += ch;
    else out += escapeCodePoint(ch.codePointAt(0)!);
  }
  return out + quote;
}

export function reprBytes(b: Uint8Array): string {
  const quote = chooseQuote(b.includes(0x27), b.includes(0x22));
  let out = "b" + quote;
  for (const byte of b) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x0d) out += "\\r";
    else if (byte === 0x09) out += "\\t";
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${hex(byte, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/**
 * repr() of a float: the shortest digits that round-trip, in fixed notation
 * when the decimal exponent is in [-4, 16), else in exponent notation with at
 * least two exponent digits. `addDotZero` is false for the parts of a complex.
 */
export function reprFloat(x: number, addDotZero = true): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDotZero ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exponent = Number(expText);
  if (exponent < -4 || exponent >= 16) {
    const frac = digits.length > 1 ? "." + digits.slice(1) : "";
    const expSign = exponent < 0 ? "-" : "+";
    return `${sign}${digits[0]}${frac}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const point = exponent + 1;
  let text: string;
  if (point <= 0) text = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) text = digits + "0".repeat(point - digits.length) + (addDotZero ? ".0" : "");
  else text = digits.slice(0, point) + "." + digits.slice(point);
  return sign + text;
}

/** repr() of a literal's value, as ast.dump shows it inside Constant(value=...). */
export function reprConstant(value: ConstantValue): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === ELLIPSIS) return "Ellipsis";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return reprFloat(value);
  if (typeof value === "string") return reprStr(value);
  if (value instanceof Uint8Array) return reprBytes(value);
  return reprFloat(value.imag, false) + "j";
}
