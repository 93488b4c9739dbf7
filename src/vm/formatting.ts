// format(), f-string conversions, str.format and printf-style `%`.

import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { PyError } from "../heap/errors.js";
import type { Thread } from "./thread.js";
import {
  internStr, isStr, isUserClass, jsString, newString, typeIdOfValue, typeName, typeOfValue, tupleItems,
} from "./model.js";
import { lookupType, getAttr } from "./attributes.js";
import { callObject } from "./calls.js";
import { raiseException } from "./exceptions.js";
import { reprOf, strOf } from "./repr.js";
import { formatFloat, formatInt, formatString, parseFormatSpec } from "./format-spec.js";
import { bigOf, floatOf, isIntLike } from "./int-values.js";
import { getItem } from "./subscript.js";
import { asciiOf } from "./ascii.js";
import { complexParts } from "./complex.js";
import { bytesLikeData } from "./bytes-like.js";
import { floatRepr } from "../objects/float-repr.js";

/** FORMAT_SIMPLE / FORMAT_WITH_SPEC: format(v, spec) as a heap str (`spec` 0 for ''). */
export function formatValue(th: Thread, v: number, spec: number): number {
  if (spec === 0 && isStr(th, v) && !isUserClass(th, typeOfValue(th, v))) return v;
  return newString(th, formatToString(th, v, spec === 0 ? "" : jsString(th, spec)));
}

/** format(v, spec). */
export function formatToString(th: Thread, v: number, spec: string): string {
  const type = typeOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__format__"));
    if (method !== 0 && typeIdOfValue(th, method) !== TypeId.builtin_function_or_method) {
      const r = callObject(th, method, [v, newString(th, spec)]);
      if (!isStr(th, r)) raiseException(th, "TypeError", `__format__ must return a str, not ${typeName(th, typeOfValue(th, r))}`);
      return jsString(th, r);
    }
  }
  const id = typeIdOfValue(th, v);
  if (id === TypeId.str) return spec === "" ? jsString(th, v) : formatString(jsString(th, v), parseFormatSpec(spec, typeName(th, type)));
  if (id === TypeId.bool && spec === "") return strOf(th, v);
  if (id === TypeId.int || id === TypeId.bool) {
    if (spec === "") return strOf(th, v);
    return formatInt(bigOf(th, v), parseFormatSpec(spec, typeName(th, type)), typeName(th, type));
  }
  if (id === TypeId.float) {
    if (spec === "") return strOf(th, v);
    return formatFloat(floatOf(th, v), parseFormatSpec(spec, typeName(th, type)), typeName(th, type));
  }
  if (id === TypeId.complex && spec !== "") return formatComplex(th, v, spec);
  if (spec !== "") {
    raiseException(th, "TypeError", `unsupported format string passed to ${typeName(th, type)}.__format__`);
  }
  return strOf(th, v);
}

/** format(z, spec) for a complex: both parts with the spec's type, the imaginary part signed, then `j`. */
function formatComplex(th: Thread, z: number, spec: string): string {
  const parsed = parseFormatSpec(spec, "complex");
  const [re, im] = complexParts(th, z)!;
  const inner = { ...parsed, width: -1, align: "", fill: " ", zeroPad: false };
  // Without a type, each part is written as repr writes it (no ".0"), or as 'g' under a
  // precision, and the pair in parentheses unless the real part is +0, as CPython.
  const bare = parsed.type === "";
  const part = (x: number, sign: string): string => {
    if (!bare) return formatFloat(x, { ...inner, sign }, "complex");
    if (parsed.precision >= 0) return formatFloat(x, { ...inner, sign, type: "g" }, "complex");
    const r = floatRepr(x).replace(/\.0$/, "");
    return sign === "+" && !r.startsWith("-") ? `+${r}` : sign === " " && !r.startsWith("-") ? ` ${r}` : r;
  };
  const skipReal = bare && re === 0 && !Object.is(re, -0);
  const body = skipReal ? `${part(im, parsed.sign)}j` : bare ? `(${part(re, parsed.sign)}${part(im, "+")}j)` : `${part(re, parsed.sign)}${part(im, "+")}j`;
  return formatString(body, { ...parsed, type: "", sign: "", alternate: false, grouping: "", precision: -1, align: parsed.align || ">" });
}

/** CONVERT_VALUE: !s, !r, !a. */
export function convertValue(th: Thread, v: number, kind: number): number {
  if (kind === 1) return newString(th, strOf(th, v));
  if (kind === 2) return newString(th, reprOf(th, v));
  return newString(th, asciiOf(reprOf(th, v)));
}

// ---------------------------------------------------------------------------
// str.format

/** Splits "a.b[0]" into the first name and the accessors after it. */
function parseFieldName(field: string): { first: string; rest: ({ attr: string } | { key: string })[] } {
  const m = /^[^.[]*/.exec(field)!;
  const first = m[0];
  const rest: ({ attr: string } | { key: string })[] = [];
  let i = first.length;
  while (i < field.length) {
    if (field[i] === ".") {
      const n = /^[^.[]*/.exec(field.slice(i + 1))![0];
      if (n === "") throw new PyError("ValueError", "Empty attribute in format string");
      rest.push({ attr: n });
      i += 1 + n.length;
    } else if (field[i] === "[") {
      const close = field.indexOf("]", i);
      if (close < 0) throw new PyError("ValueError", "Missing ']' in format string");
      if (close === i + 1) throw new PyError("ValueError", "Empty attribute in format string");
      rest.push({ key: field.slice(i + 1, close) });
      i = close + 1;
    } else {
      throw new PyError("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return { first, rest };
}

interface FormatState {
  auto: number;
  mode: "none" | "auto" | "manual";
}

/** `fmt.format(*args, **kwargs)`; kwargs a dict value or 0. */
export function strFormat(th: Thread, fmt: string, args: number[], kwargs: number, depth = 2): string {
  const state: FormatState = { auto: 0, mode: "none" };
  return renderFormat(th, fmt, args, kwargs, state, depth);
}

function renderFormat(th: Thread, fmt: string, args: number[], kwargs: number, state: FormatState, depth: number): string {
  if (depth < 0) raiseException(th, "ValueError", "Max string recursion exceeded");
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      // Braces inside the field name's [key] do not count, nor once the spec starts do they end it early.
      let level = 1;
      let j = i + 1;
      let inName = true;
      while (j < fmt.length && level > 0) {
        const ch = fmt[j]!;
        if (inName && ch === "[") {
          const close = fmt.indexOf("]", j);
          if (close < 0) {
            j = fmt.length;
            break;
          }
          j = close + 1;
          continue;
        }
        if (ch === ":" || ch === "!") inName = false;
        if (ch === "{") level++;
        else if (ch === "}") level--;
        if (level > 0) j++;
      }
      if (j >= fmt.length) {
        raiseException(th, "ValueError", i + 1 >= fmt.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
      }
      out += renderField(th, fmt.slice(i + 1, j), args, kwargs, state, depth);
      i = j + 1;
    } else if (c === "}") {
      if (fmt[i + 1] !== "}") raiseException(th, "ValueError", "Single '}' encountered in format string");
      out += "}";
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function renderField(th: Thread, field: string, args: number[], kwargs: number, state: FormatState, depth: number): string {
  let spec = "";
  let conversion = "";
  let name = field;
  const colon = indexOutsideBrackets(field, ":");
  if (colon >= 0) {
    spec = field.slice(colon + 1);
    name = field.slice(0, colon);
  }
  const bang = indexOutsideBrackets(name, "!");
  if (bang >= 0) {
    conversion = name.slice(bang + 1);
    name = name.slice(0, bang);
    if (conversion.length !== 1 || !"rsa".includes(conversion)) {
      if (conversion.length === 0) raiseException(th, "ValueError", "end of string while looking for conversion specifier");
      if (conversion.length > 1) raiseException(th, "ValueError", "expected ':' after conversion specifier");
      raiseException(th, "ValueError", `Unknown conversion specifier ${conversion}`);
    }
  }
  let value = lookupField(th, name, args, kwargs, state);
  if (conversion === "r") value = newString(th, reprOf(th, value));
  else if (conversion === "s") value = newString(th, strOf(th, value));
  else if (conversion === "a") value = newString(th, asciiOf(reprOf(th, value)));
  if (spec.includes("{")) spec = renderFormat(th, spec, args, kwargs, state, depth - 1);
  return formatToString(th, value, spec);
}

function indexOutsideBrackets(s: string, ch: string): number {
  let inBracket = false;
  for (let k = 0; k < s.length; k++) {
    if (s[k] === "[") inBracket = true;
    else if (s[k] === "]") inBracket = false;
    else if (s[k] === ch && !inBracket) return k;
  }
  return -1;
}

function lookupField(th: Thread, name: string, args: number[], kwargs: number, state: FormatState): number {
  const { first, rest } = parseFieldName(name);
  let value: number;
  if (first === "") {
    if (state.mode === "manual") {
      raiseException(th, "ValueError", "cannot switch from manual field specification to automatic field numbering");
    }
    state.mode = "auto";
    const index = state.auto++;
    if (index >= args.length) raiseException(th, "IndexError", `Replacement index ${index} out of range for positional args tuple`);
    value = args[index]!;
  } else if (/^\d+$/.test(first)) {
    if (state.mode === "auto") {
      raiseException(th, "ValueError", "cannot switch from automatic field numbering to manual field specification");
    }
    state.mode = "manual";
    const index = Number(first);
    if (index >= args.length) raiseException(th, "IndexError", `Replacement index ${index} out of range for positional args tuple`);
    value = args[index]!;
  } else {
    // getItem, not a dict lookup: format_map takes any mapping, and a dict subclass's __missing__.
    if (kwargs === 0) throw new PyError("KeyError", "", newString(th, first));
    value = getItem(th, kwargs, newString(th, first));
  }
  for (const step of rest) {
    if ("attr" in step) value = getAttr(th, value, internStr(th, step.attr));
    else {
      const key = /^\d+$/.test(step.key) ? ((Number(step.key) << 1) | 1) : newString(th, step.key);
      value = getItem(th, value, key);
    }
  }
  return value;
}


// ---------------------------------------------------------------------------
// printf-style formatting: fmt % args

/**
 * `fmt % values` for a str `fmt`; with `bytes`, for a bytes `fmt` read as
 * Latin-1 (one char per byte), where %s and %b take bytes-like values, %r is
 * %a and %c takes a byte, as in PEP 461. The caller encodes the result back.
 */
export function percentFormat(th: Thread, fmt: string, values: number, bytes = false): string {
  const isTupleArg = typeIdOfValue(th, values) === TypeId.tuple && !isUserClass(th, typeOfValue(th, values));
  const args = isTupleArg ? tupleItems(th, values) : [values];
  const isMapping = !isTupleArg && (typeIdOfValue(th, values) === TypeId.dict);
  let next = 0;
  let out = "";
  let i = 0;
  const take = (): number => {
    if (next >= args.length) raiseException(th, "TypeError", "not enough arguments for format string");
    return args[next++]!;
  };
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    i++;
    let key: string | null = null;
    if (fmt[i] === "(") {
      const close = fmt.indexOf(")", i);
      if (close < 0) raiseException(th, "ValueError", "incomplete format key");
      key = fmt.slice(i + 1, close);
      i = close + 1;
    }
    let flags = "";
    while (i < fmt.length && "-+ #0".includes(fmt[i]!)) flags += fmt[i++];
    let width = "";
    if (fmt[i] === "*") {
      width = String(bigOf(th, take()));
      i++;
    } else while (i < fmt.length && /\d/.test(fmt[i]!)) width += fmt[i++];
    let precision = "";
    let hasPrecision = false;
    if (fmt[i] === ".") {
      hasPrecision = true;
      i++;
      if (fmt[i] === "*") {
        precision = String(bigOf(th, take()));
        i++;
      } else while (i < fmt.length && /\d/.test(fmt[i]!)) precision += fmt[i++];
    }
    while (i < fmt.length && "hlL".includes(fmt[i]!)) i++;
    if (i >= fmt.length) raiseException(th, "ValueError", "incomplete format");
    const type = fmt[i++]!;
    if (type === "%") {
      out += "%";
      continue;
    }
    let value: number;
    if (key !== null) {
      if (!isMapping) raiseException(th, "TypeError", "format requires a mapping");
      value = getItem(th, values, newString(th, key));
    } else {
      value = take();
    }
    const prec = hasPrecision ? Number(precision || "0") : -1;
    out += bytes ? percentOneBytes(th, value, type, flags, width, prec, i - 1) : percentOne(th, value, type, flags, width, prec, i - 1);
  }
  if (next < args.length && !isMapping) {
    raiseException(th, "TypeError", "not all arguments converted during string formatting");
  }
  return out;
}

function percentOne(th: Thread, value: number, type: string, flags: string, width: string, precision: number, at: number): string {
  const left = flags.includes("-");
  const zero = flags.includes("0") && !left;
  const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  let spec = (left ? "<" : zero ? "" : ">") + sign + (flags.includes("#") ? "#" : "") + (zero ? "0" : "") + width;
  switch (type) {
    case "s":
    case "r":
    case "a": {
      let s = type === "s" ? strOf(th, value) : type === "r" ? reprOf(th, value) : asciiOf(reprOf(th, value));
      if (precision >= 0) s = Array.from(s).slice(0, precision).join("");
      return formatString(s, parseFormatSpec((left ? "<" : ">") + width));
    }
    case "d":
    case "i":
    case "u": {
      const n = numberForPercent(th, value, type, true);
      return formatInt(n as bigint, parseFormatSpec(spec + "d"));
    }
    case "o":
    case "x":
    case "X": {
      if (!isIntLike(th, value)) {
        raiseException(th, "TypeError", `%${type} format: an integer is required, not ${typeName(th, typeOfValue(th, value))}`);
      }
      return formatInt(bigOf(th, value), parseFormatSpec(spec + type));
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = numberForPercent(th, value, type, false) as number;
      if (precision >= 0) spec += `.${precision}`;
      return formatFloat(x, parseFormatSpec(spec + type));
    }
    case "c": {
      if (isIntLike(th, value)) {
        const cp = bigOf(th, value);
        if (cp < 0n || cp > 0x10ffffn) raiseException(th, "OverflowError", "%c arg not in range(0x110000)");
        return formatString(String.fromCodePoint(Number(cp)), parseFormatSpec((left ? "<" : ">") + width));
      }
      const s = isStr(th, value) ? jsString(th, value) : "";
      if (Array.from(s).length !== 1) raiseException(th, "TypeError", "%c requires int or char");
      return formatString(s, parseFormatSpec((left ? "<" : ">") + width));
    }
    default:
      return raiseException(th, "ValueError",
        `unsupported format character '${type}' (0x${type.charCodeAt(0).toString(16)}) at index ${at}`);
  }
}

/** One conversion of a bytes `%`: the text ones differ; the numeric ones are those of str. */
function percentOneBytes(th: Thread, value: number, type: string, flags: string, width: string, precision: number, at: number): string {
  const align = (flags.includes("-") ? "<" : ">") + width;
  const text = (s: string): string => formatString(precision >= 0 ? s.slice(0, precision) : s, parseFormatSpec(align));
  switch (type) {
    case "s":
    case "b":
      return text(latin1(bytesForPercent(th, value)));
    case "r":
    case "a":
      return text(asciiOf(reprOf(th, value)));
    case "c": {
      if (isIntLike(th, value)) {
        const n = bigOf(th, value);
        if (n < 0n || n > 255n) raiseException(th, "OverflowError", "%c arg not in range(256)");
        return formatString(String.fromCharCode(Number(n)), parseFormatSpec(align));
      }
      const data = bytesLikeData(th, value);
      if (data === null || data.length !== 1) raiseException(th, "TypeError", "%c requires an integer in range(256) or a single byte");
      return formatString(latin1(data), parseFormatSpec(align));
    }
    case "u":
    case "d":
    case "i":
    case "o":
    case "x":
    case "X":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return percentOne(th, value, type, flags, width, precision, at);
    default:
      return raiseException(th, "ValueError",
        `unsupported format character '${type}' (0x${type.charCodeAt(0).toString(16)}) at index ${at}`);
  }
}

function bytesForPercent(th: Thread, value: number): Uint8Array {
  const data = bytesLikeData(th, value);
  if (data !== null) return data;
  const method = (value & 1) === 0 ? lookupType(th, typeOfValue(th, value), internStr(th, "__bytes__")) : 0;
  if (method !== 0) {
    const r = callObject(th, method, [value]);
    const out = typeIdOfValue(th, r) === TypeId.bytes ? bytesLikeData(th, r) : null;
    if (out === null) raiseException(th, "TypeError", `__bytes__ returned non-bytes (type ${typeName(th, typeOfValue(th, r))})`);
    return out;
  }
  return raiseException(th, "TypeError",
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(th, typeOfValue(th, value))}'`);
}

/** The bytes as a string of one char per byte. */
export function latin1(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += String.fromCharCode(b);
  return s;
}

function numberForPercent(th: Thread, value: number, type: string, integer: boolean): bigint | number {
  const id = typeIdOfValue(th, value);
  if (id === TypeId.int || id === TypeId.bool) return integer ? bigOf(th, value) : Number(bigOf(th, value));
  if (id === TypeId.float) {
    const x = floatOf(th, value);
    if (!integer) return x;
    if (!Number.isFinite(x)) raiseException(th, "OverflowError", "cannot convert float infinity to integer");
    return BigInt(Math.trunc(x));
  }
  const what = integer ? "a real number is required" : "must be real number";
  if (integer) return raiseException(th, "TypeError", `%${type} format: ${what}, not ${typeName(th, typeOfValue(th, value))}`);
  return raiseException(th, "TypeError", `${what}, not ${typeName(th, typeOfValue(th, value))}`);
}

