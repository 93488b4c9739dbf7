// The byte-by-byte methods bytes and bytearray share: ASCII case mapping,
// predicates, stripping, padding, tabs and lines, translate, and the
// conversions decode, hex, fromhex and maketrans.

import { FALSE, NONE, TRUE } from "../heap/layout.js";
import { newByteArray, newBytes } from "../objects/bytes.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { isStr, jsString, newString, typeById, typeNameOf } from "../vm/model.js";
import { callObject } from "../vm/calls.js";
import { isTrue } from "../vm/operators.js";
import { newList } from "../vm/lists.js";
import { bytesLikeData } from "../vm/bytes-like.js";
import { keywordMap } from "./args.js";
import { classMethod, staticMethod } from "./registry.js";
import { decodeBytes } from "./byte-codecs.js";
import {
  BYTE_TYPES, byteMethod, bytesArgument, isByteAlpha, isByteDigit, isByteLower, isByteSpace, isByteUpper,
  optionalIndex, result, selfData,
} from "./bytes-args.js";

// ---------------------------------------------------------------------------
// Case mapping (ASCII letters only, as CPython's bytes methods)

const toUpper = (b: number) => (isByteLower(b) ? b - 32 : b);
const toLower = (b: number) => (isByteUpper(b) ? b + 32 : b);

byteMethod("upper", (th, args) => result(th, args, selfData(th, args, "upper").map(toUpper)));
byteMethod("lower", (th, args) => result(th, args, selfData(th, args, "lower").map(toLower)));
byteMethod("swapcase", (th, args) => result(th, args, selfData(th, args, "swapcase").map((b) => (isByteLower(b) ? toUpper(b) : toLower(b)))));
byteMethod("capitalize", (th, args) => result(th, args, selfData(th, args, "capitalize").map((b, k) => (k === 0 ? toUpper(b) : toLower(b)))));
byteMethod("title", (th, args) => {
  let previousCased = false;
  return result(th, args, selfData(th, args, "title").map((b) => {
    const mapped = previousCased ? toLower(b) : toUpper(b);
    previousCased = isByteAlpha(b);
    return mapped;
  }));
});

// ---------------------------------------------------------------------------
// Predicates

function predicate(name: string, test: (data: Uint8Array) => boolean): void {
  byteMethod(name, (th, args) => (test(selfData(th, args, name)) ? TRUE : FALSE));
}

predicate("isalpha", (d) => d.length > 0 && d.every(isByteAlpha));
predicate("isdigit", (d) => d.length > 0 && d.every(isByteDigit));
predicate("isalnum", (d) => d.length > 0 && d.every((b) => isByteAlpha(b) || isByteDigit(b)));
predicate("isspace", (d) => d.length > 0 && d.every(isByteSpace));
predicate("isascii", (d) => d.every((b) => b < 0x80));
predicate("islower", (d) => d.some(isByteLower) && !d.some(isByteUpper));
predicate("isupper", (d) => d.some(isByteUpper) && !d.some(isByteLower));
predicate("istitle", (d) => {
  // Uppercase letters only after uncased bytes, lowercase only after cased ones, and at least one cased.
  let cased = false;
  let previousCased = false;
  for (const b of d) {
    if (isByteUpper(b)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isByteLower(b)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
});

// ---------------------------------------------------------------------------
// Stripping and padding

function strip(th: Thread, args: number[], name: string, left: boolean, right: boolean): number {
  const data = selfData(th, args, name);
  const charsValue = args[1];
  const chars = charsValue === undefined || charsValue === NONE ? null : bytesArgument(th, charsValue);
  const strips = chars === null ? isByteSpace : (b: number) => chars.includes(b);
  let start = 0;
  let end = data.length;
  if (left) while (start < end && strips(data[start]!)) start++;
  if (right) while (end > start && strips(data[end - 1]!)) end--;
  return result(th, args, data.slice(start, end));
}

byteMethod("strip", (th, args) => strip(th, args, "strip", true, true));
byteMethod("lstrip", (th, args) => strip(th, args, "lstrip", true, false));
byteMethod("rstrip", (th, args) => strip(th, args, "rstrip", false, true));

/** The width and fill byte of center/ljust/rjust. */
function fillArguments(th: Thread, args: number[], name: string): [Uint8Array, number, number] {
  const data = selfData(th, args, name);
  if (args.length < 2) raiseException(th, "TypeError", `${name} expected at least 1 argument, got 0`);
  const width = optionalIndex(th, args[1], 0);
  let fill = 0x20;
  if (args[2] !== undefined) {
    const fillData = bytesLikeData(th, args[2]);
    if (fillData === null || fillData.length !== 1) {
      const what = fillData === null ? `not ${typeNameOf(th, args[2])}` : `not ${typeNameOf(th, args[2])} of length ${fillData.length}`;
      raiseException(th, "TypeError", `${name}() argument 2 must be a byte string of length 1, ${what}`);
    }
    fill = fillData[0]!;
  }
  return [data, width, fill];
}

function padded(data: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(left + data.length + right).fill(fill);
  out.set(data, left);
  return out;
}

byteMethod("center", (th, args) => {
  const [data, width, fill] = fillArguments(th, args, "center");
  const total = Math.max(0, width - data.length);
  const left = (total >> 1) + (total & width & 1);
  return result(th, args, padded(data, left, total - left, fill));
});
byteMethod("ljust", (th, args) => {
  const [data, width, fill] = fillArguments(th, args, "ljust");
  return result(th, args, padded(data, 0, Math.max(0, width - data.length), fill));
});
byteMethod("rjust", (th, args) => {
  const [data, width, fill] = fillArguments(th, args, "rjust");
  return result(th, args, padded(data, Math.max(0, width - data.length), 0, fill));
});
byteMethod("zfill", (th, args) => {
  const data = selfData(th, args, "zfill");
  const width = optionalIndex(th, args[1], 0);
  if (width <= data.length) return result(th, args, data);
  const out = padded(data, width - data.length, 0, 0x30);
  // A sign stays in front of the zeros.
  const sign = data[0];
  if (sign === 0x2b || sign === 0x2d) {
    out[0] = sign;
    out[width - data.length] = 0x30;
  }
  return result(th, args, out);
});

// ---------------------------------------------------------------------------
// Tabs and lines

byteMethod("expandtabs", (th, args, kw) => {
  const data = selfData(th, args, "expandtabs");
  const options = keywordMap(th, "expandtabs", kw, ["tabsize"]);
  const tabsize = optionalIndex(th, args[1] ?? options.get("tabsize"), 8);
  const out: number[] = [];
  let column = 0;
  for (const b of data) {
    if (b === 0x09) {
      const spaces = tabsize > 0 ? tabsize - (column % tabsize) : 0;
      for (let k = 0; k < spaces; k++) out.push(0x20);
      column += spaces;
    } else {
      out.push(b);
      column = b === 0x0a || b === 0x0d ? 0 : column + 1;
    }
  }
  return result(th, args, Uint8Array.from(out));
});

byteMethod("splitlines", (th, args, kw) => {
  const data = selfData(th, args, "splitlines");
  const options = keywordMap(th, "splitlines", kw, ["keepends"]);
  const keepValue = args[1] ?? options.get("keepends");
  const keepends = keepValue !== undefined && isTrue(th, keepValue);
  const lines: Uint8Array[] = [];
  let start = 0;
  let k = 0;
  while (k < data.length) {
    const b = data[k]!;
    if (b !== 0x0a && b !== 0x0d) {
      k++;
      continue;
    }
    const eol = b === 0x0d && data[k + 1] === 0x0a ? 2 : 1;
    lines.push(data.slice(start, keepends ? k + eol : k));
    k += eol;
    start = k;
  }
  if (start < data.length) lines.push(data.slice(start));
  return newList(th, lines.map((line) => result(th, args, line)));
});

// ---------------------------------------------------------------------------
// translate and maketrans

byteMethod("translate", (th, args, kw) => {
  const data = selfData(th, args, "translate");
  const options = keywordMap(th, "translate", kw, ["delete"]);
  const tableValue = args[1] ?? NONE;
  const table = tableValue === NONE ? null : bytesArgument(th, tableValue);
  if (table !== null && table.length !== 256) raiseException(th, "ValueError", "translation table must be 256 characters long");
  const deleteValue = args[2] ?? options.get("delete");
  const deleted = deleteValue === undefined ? new Uint8Array(0) : bytesArgument(th, deleteValue);
  const kept = data.filter((b) => !deleted.includes(b));
  return result(th, args, table === null ? kept : kept.map((b) => table[b]!));
});

for (const id of BYTE_TYPES) {
  staticMethod(id, "maketrans", (th, args) => {
    if (args.length !== 2) raiseException(th, "TypeError", `maketrans expected 2 arguments, got ${args.length}`);
    const [fromValue, toValue] = args;
    const from = bytesArgument(th, fromValue!);
    const to = bytesArgument(th, toValue!);
    if (from.length !== to.length) raiseException(th, "ValueError", "maketrans arguments must have same length");
    const table = Uint8Array.from({ length: 256 }, (_, k) => k);
    from.forEach((b, k) => {
      table[b] = to[k]!;
    });
    return newBytes(th.heap, table);
  });
}

// ---------------------------------------------------------------------------
// decode, hex, fromhex

byteMethod("decode", (th, args, kw) => {
  const data = selfData(th, args, "decode");
  const options = keywordMap(th, "decode", kw, ["encoding", "errors"]);
  const encodingValue = args[1] ?? options.get("encoding");
  if (encodingValue !== undefined && !isStr(th, encodingValue)) {
    raiseException(th, "TypeError", `decode() argument 'encoding' must be str, not ${typeNameOf(th, encodingValue)}`);
  }
  const errorsValue = args[2] ?? options.get("errors");
  if (errorsValue !== undefined && !isStr(th, errorsValue)) {
    raiseException(th, "TypeError", `decode() argument 'errors' must be str, not ${typeNameOf(th, errorsValue)}`);
  }
  const encoding = encodingValue === undefined ? "utf-8" : jsString(th, encodingValue);
  return newString(th, decodeBytes(th, data, encoding, errorsValue === undefined ? "strict" : jsString(th, errorsValue)));
});

byteMethod("hex", (th, args, kw) => {
  const data = selfData(th, args, "hex");
  const options = keywordMap(th, "hex", kw, ["sep", "bytes_per_sep"]);
  const digits = Array.from(data, (b) => b.toString(16).padStart(2, "0"));
  const sepValue = args[1] ?? options.get("sep");
  if (sepValue === undefined) return newString(th, digits.join(""));
  const sep = isStr(th, sepValue) ? jsString(th, sepValue) : bytesLikeData(th, sepValue);
  if (sep === null) raiseException(th, "TypeError", `sep must be str or bytes.`);
  const sepText = typeof sep === "string" ? sep : String.fromCharCode(...sep);
  if (sepText.length !== 1) raiseException(th, "ValueError", "sep must be length 1.");
  const per = optionalIndex(th, args[2] ?? options.get("bytes_per_sep"), 1);
  if (per === 0) return newString(th, digits.join(""));
  // Groups of |per| bytes, counted from the right when per > 0, from the left when per < 0.
  const size = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(""));
  } else {
    for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(""));
  }
  return newString(th, groups.join(sepText));
});

/** The bytes a fromhex() string names: pairs of hex digits, with whitespace between pairs. */
function parseHex(th: Thread, text: string): Uint8Array {
  const out: number[] = [];
  let k = 0;
  const isSpace = (c: string) => c === " " || (c >= "\t" && c <= "\r");
  while (k < text.length) {
    if (isSpace(text[k]!)) {
      k++;
      continue;
    }
    const high = parseInt(text[k]!, 16);
    if (Number.isNaN(high) || !/[0-9a-fA-F]/.test(text[k]!)) {
      raiseException(th, "ValueError", `non-hexadecimal number found in fromhex() arg at position ${k}`);
    }
    const lowChar = text[k + 1];
    if (lowChar === undefined || !/[0-9a-fA-F]/.test(lowChar)) {
      raiseException(th, "ValueError", `non-hexadecimal number found in fromhex() arg at position ${k + 1}`);
    }
    out.push(high * 16 + parseInt(lowChar, 16));
    k += 2;
  }
  return Uint8Array.from(out);
}

for (const id of BYTE_TYPES) {
  classMethod(id, "fromhex", (th, args) => {
    if (args.length !== 2) raiseException(th, "TypeError", `fromhex() takes exactly one argument (${args.length - 1} given)`);
    const [cls, text] = args as [number, number];
    if (!isStr(th, text)) raiseException(th, "TypeError", `fromhex() argument must be str, not ${typeNameOf(th, text)}`);
    const data = parseHex(th, jsString(th, text));
    const value = id === TypeId.bytearray ? newByteArray(th.heap, data) : newBytes(th.heap, data);
    // A subclass gets cls(value), as CPython builds it.
    if (cls === typeById(th, id)) return value;
    th.pushRoot(value);
    try {
      return callObject(th, cls, [value]);
    } finally {
      th.popRoots(1);
    }
  });
}
