// The format mini-language (`format(x, spec)`, f-string `{x:spec}`), on
// plain JavaScript values: ints as BigInt, floats as numbers, strs as
// strings. Errors are thrown as PyError with CPython's messages.
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

import { PyError } from "../heap/errors.js";
import { floatRepr } from "../objects/float-repr.js";
import { toExponentialExact, toFixedExact } from "./exact-decimal.js";

export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNegativeZero: boolean;
  alternate: boolean;
  zeroPad: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function valueError(message: string): never {
  throw new PyError("ValueError", message);
}

/** The parts of a format spec; `owner`, the type being formatted, goes into the message for a spec that does not parse. */
export function parseFormatSpec(spec: string, owner?: string): FormatSpec {
  const chars = Array.from(spec);
  let i = 0;
  const result: FormatSpec = {
    fill: " ", align: "", sign: "", noNegativeZero: false, alternate: false, zeroPad: false, width: -1,
    grouping: "", precision: -1, type: "",
  };
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "^" || c === "=";
  if (chars.length >= 2 && isAlign(chars[1])) {
    result.fill = chars[0]!;
    result.align = chars[1]!;
    i = 2;
  } else if (isAlign(chars[0])) {
    result.align = chars[0]!;
    i = 1;
  }
  if (chars[i] === "+" || chars[i] === "-" || chars[i] === " ") result.sign = chars[i++]!;
  if (chars[i] === "z") {
    result.noNegativeZero = true;
    i++;
  }
  if (chars[i] === "#") {
    result.alternate = true;
    i++;
  }
  if (chars[i] === "0") {
    result.zeroPad = true;
    i++;
  }
  let digits = "";
  while (i < chars.length && /[0-9]/.test(chars[i]!)) digits += chars[i++];
  if (digits !== "") result.width = Number(digits);
  if (chars[i] === "," || chars[i] === "_") {
    result.grouping = chars[i++]!;
    if (chars[i] === "," || chars[i] === "_") valueError("Cannot specify both ',' and '_'.");
  }
  if (chars[i] === ".") {
    i++;
    let p = "";
    while (i < chars.length && /[0-9]/.test(chars[i]!)) p += chars[i++];
    if (p === "") valueError("Format specifier missing precision");
    result.precision = Number(p);
  }
  if (i < chars.length - 1) {
    valueError(owner === undefined ? "Invalid format specifier" : `Invalid format specifier '${spec}' for object of type '${owner}'`);
  }
  if (i === chars.length - 1) result.type = chars[i]!;
  if (result.zeroPad && result.align === "") {
    result.fill = "0";
    result.align = "=";
  }
  return result;
}

function pad(body: string, spec: FormatSpec, defaultAlign: string, signPart = ""): string {
  const align = spec.align === "" ? defaultAlign : spec.align;
  const total = Array.from(signPart + body).length;
  if (spec.width <= total) return signPart + body;
  const n = spec.width - total;
  switch (align) {
    case "<": return signPart + body + spec.fill.repeat(n);
    case "^": return spec.fill.repeat(n >> 1) + signPart + body + spec.fill.repeat(n - (n >> 1));
    case "=": return signPart + spec.fill.repeat(n) + body;
    default: return spec.fill.repeat(n) + signPart + body;
  }
}

function insertSeparators(digits: string, separator: string, every: number): string {
  let out = "";
  for (let k = digits.length; k > 0; k -= every) {
    const chunk = digits.slice(Math.max(0, k - every), k);
    out = out === "" ? chunk : chunk + separator + out;
  }
  return out;
}

/** Digits with separators, zero-extended (as CPython does) until at least `minWidth` long. */
function group(digits: string, separator: string, every: number, minWidth = 0): string {
  let out = insertSeparators(digits, separator, every);
  while (out.length < minWidth) {
    digits = "0" + digits;
    out = insertSeparators(digits, separator, every);
  }
  return out;
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

/** Formats a str. */
export function formatString(s: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s") {
    valueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.sign !== "") valueError("Sign not allowed in string format specifier");
  if (spec.noNegativeZero) valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) valueError("Alternate form (#) not allowed in string format specifier");
  if (spec.grouping !== "") valueError(`Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.align === "=") valueError("'=' alignment not allowed in string format specifier");
  let body = s;
  if (spec.precision >= 0) body = Array.from(s).slice(0, spec.precision).join("");
  return pad(body, spec, "<");
}

/** Formats an int (bools arrive as 0 and 1). */
export function formatInt(n: bigint, spec: FormatSpec, typeName = "int"): string {
  const type = spec.type;
  if ("eEfFgG%".includes(type) && type !== "") return formatFloat(Number(n), spec);
  if (type !== "" && !"bcdoxXn".includes(type)) valueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  if (spec.noNegativeZero) valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.precision >= 0) valueError("Precision not allowed in integer format specifier");
  if (type === "c") {
    if (spec.sign !== "") valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (n < 0n || n > 0x10ffffn) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
    return pad(String.fromCodePoint(Number(n)), spec, ">");
  }
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  let base = 10;
  let prefix = "";
  if (type === "b") [base, prefix] = [2, "0b"];
  else if (type === "o") [base, prefix] = [8, "0o"];
  else if (type === "x") [base, prefix] = [16, "0x"];
  else if (type === "X") [base, prefix] = [16, "0X"];
  if (spec.grouping === "," && base !== 10) valueError(`Cannot specify ',' with '${type}'.`);
  let digits = magnitude.toString(base);
  if (type === "X") digits = digits.toUpperCase();
  const sign = signOf(negative, spec) + (spec.alternate ? prefix : "");
  if (spec.grouping !== "") {
    const every = base === 10 ? 3 : 4;
    const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - sign.length : 0;
    digits = group(digits, spec.grouping, every, minWidth);
  }
  return pad(digits, spec, ">", sign);
}

function trimZeros(s: string): string {
  if (!s.includes(".")) return s;
  s = s.replace(/0+$/, "");
  return s.endsWith(".") ? s.slice(0, -1) : s;
}

function exponential(x: number, digits: number, upper: boolean): string {
  const [mantissa, e] = toExponentialExact(x, digits);
  const text = `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return upper ? text.toUpperCase() : text;
}

function fixed(x: number, digits: number): string {
  return toFixedExact(x, digits);
}

/** The digits of |x| in 'g' style with `precision` significant digits. */
function general(x: number, precision: number, alternate: boolean, upper: boolean, keepPoint: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const exp = toExponentialExact(x, p - 1)[1];
  let text: string;
  // With the '.0' added to integers (no type given), CPython switches to the
  // exponent one digit earlier (format_float_short's add_dot_0_if_integer).
  if (exp >= -4 && exp < (keepPoint ? p - 1 : p)) {
    text = fixed(x, Math.max(0, p - 1 - exp));
    if (!alternate) text = trimZeros(text);
    if (keepPoint && !text.includes(".")) text += ".0";
  } else {
    text = exponential(x, p - 1, upper);
    if (!alternate) {
      const [m, e] = text.split(upper ? "E" : "e");
      text = `${trimZeros(m!)}${upper ? "E" : "e"}${e}`;
    }
  }
  return text;
}

/** Formats a float. */
export function formatFloat(x: number, spec: FormatSpec, typeName = "float"): string {
  let type = spec.type;
  if (type !== "" && !"eEfFgGn%".includes(type)) valueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  if (type === "n") type = "g";
  let negative = x < 0 || Object.is(x, -0);
  let value = Math.abs(x);
  const upper = type === "E" || type === "F" || type === "G";
  let body: string;
  if (!Number.isFinite(value)) {
    body = Number.isNaN(value) ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
    if (type === "%") body += "%";
  } else {
    const precision = spec.precision < 0 ? 6 : spec.precision;
    switch (type) {
      case "e":
      case "E":
        body = exponential(value, precision, upper);
        break;
      case "f":
      case "F":
        body = fixed(value, precision);
        break;
      case "%":
        body = fixed(value * 100, precision) + "%";
        break;
      case "g":
      case "G":
        body = general(value, precision, spec.alternate, upper, false);
        break;
      default:
        body = spec.precision < 0 ? floatRepr(value) : general(value, spec.precision, spec.alternate, false, true);
        break;
    }
    if (spec.alternate && !body.includes(".") && !/[eE%]/.test(body)) body += ".";
    if (spec.noNegativeZero && negative && /^[0.]*(e[+-]\d+)?%?$/i.test(body.replace(/[eE].*$/, ""))) negative = false;
  }
  if (spec.grouping !== "") {
    const match = /^(\d+)(.*)$/.exec(body);
    if (match) {
      const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - signOf(negative, spec).length - match[2]!.length : 0;
      body = group(match[1]!, spec.grouping, 3, minWidth) + match[2]!;
    }
  }
  value = 0;
  return pad(body, spec, ">", signOf(negative, spec));
}
