// Python's repr() of the values a code object holds as constants, as
// CPython 3.13 writes them (the disassembler shows constants this way).
//
// One known difference: a frozenset's items are shown in the order they were
// written; CPython shows them in hash order, which for strings changes from
// run to run anyway.

import { ELLIPSIS } from "../../grammar/ast.js";
import {
  isCodeObject, isComplexConstant, isFrozensetConstant, isTupleConstant, type CodeConstant, type CodeObject,
} from "./code.js";

export function reprConstant(c: CodeConstant, codeRepr: (code: CodeObject) => string = defaultCodeRepr): string {
  if (c === null) return "None";
  if (c === true) return "True";
  if (c === false) return "False";
  if (c === ELLIPSIS) return "Ellipsis";
  switch (typeof c) {
    case "bigint":
      return c.toString();
    case "number":
      return reprFloat(c);
    case "string":
      return reprStr(c);
  }
  if (c instanceof Uint8Array) return reprBytes(c);
  if (isTupleConstant(c)) {
    const items = c.tuple.map((x) => reprConstant(x, codeRepr));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (isFrozensetConstant(c)) {
    if (c.frozenset.length === 0) return "frozenset()";
    return `frozenset({${c.frozenset.map((x) => reprConstant(x, codeRepr)).join(", ")}})`;
  }
  if (isCodeObject(c)) return codeRepr(c);
  if (isComplexConstant(c)) return reprComplex(c.complex[0], c.complex[1]);
  return reprComplex(0, (c as { imag: number }).imag);
}

function defaultCodeRepr(code: CodeObject): string {
  return `<code object ${code.co_name}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

// ---------------------------------------------------------------------------
// Numbers

/** The shortest round-trip digits of a finite non-zero |x|, and where the point goes. */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const [mantissa, exponent] = Math.abs(x).toExponential().split("e") as [string, string];
  return { digits: mantissa.replace(".", ""), decpt: Number(exponent) + 1 };
}

/** Python's repr(float): shortest digits, exponent form when the point is far away. */
export function reprFloat(x: number, addDotZero = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + (addDotZero ? "0.0" : "0");
  const { digits, decpt } = shortestDigits(x);
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const exp = decpt - 1;
    const expText = String(Math.abs(exp)).padStart(2, "0");
    return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${expText}`;
  }
  let text: string;
  if (decpt <= 0) text = `0.${"0".repeat(-decpt)}${digits}`;
  else if (decpt < digits.length) text = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  else text = digits + "0".repeat(decpt - digits.length) + (addDotZero ? ".0" : "");
  return sign + text;
}

export function reprComplex(real: number, imag: number): string {
  const imagText = reprFloat(imag, false);
  if (real === 0 && !Object.is(real, -0)) return `${imagText}j`;
  const realText = reprFloat(real, false);
  const sep = imagText.startsWith("-") ? "" : "+";
  return `(${realText}${sep}${imagText}j)`;
}

// ---------------------------------------------------------------------------
// Strings

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += escapeCodePoint(cp);
    else if (cp < 0x7f || ch === " ") out += ch;
    else if (NON_PRINTABLE.test(ch)) out += escapeCodePoint(cp);
    else out += ch;
  }
  return out + quote;
}

export function reprBytes(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const byte of b) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${byte.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}
