// Smaller methods: range.index/count, slice.indices,
// str.translate/isprintable, int.to_bytes, float.hex, and dir().

import {
  FALSE, NONE, RANGE_LENGTH, RANGE_START, RANGE_STEP, TRUE, TYPE_DICT, TYPE_MRO,
  TUPLE_ITEMS, TUPLE_LENGTH,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { newBytes } from "../objects/bytes.js";
import type { Thread } from "../vm/thread.js";
import {
  instanceDictOf, isStr, jsString, newString, newTuple, typeById, typeIdOfValue, typeNameOf, typeOfValue, dictItems,
} from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { bigOf, floatOf, fromNumber, isIntLike, newIntFromBig, newFloat as newFloatValue } from "../vm/int-values.js";
import { iterateToArray } from "../vm/iteration.js";
import { nativeContains } from "../vm/native-operators.js";
import { valuesEqual } from "../vm/operators.js";
import { sliceIndices } from "../vm/subscript.js";
import { dictGetItem } from "../vm/dicts.js";
import { newList } from "../vm/lists.js";
import { reprOf } from "../vm/repr.js";
import { bytesFromInts, bytesLikeData } from "../vm/bytes-like.js";
import { indexArgument, keywordMap } from "./args.js";
import { classMethod, moduleFunction, typeMethod } from "./registry.js";
import { callObject } from "../vm/calls.js";
import { sortValues } from "./builtins-functions.js";

function rangeIndexOf(th: Thread, r: number, v: number): number {
  if (!isIntLike(th, v)) return -1;
  const i32 = th.heap.i32;
  const start = bigOf(th, i32[r + RANGE_START]!);
  const step = bigOf(th, i32[r + RANGE_STEP]!);
  const length = bigOf(th, i32[r + RANGE_LENGTH]!);
  const n = bigOf(th, v);
  if ((n - start) % step !== 0n) return -1;
  const k = (n - start) / step;
  return k >= 0n && k < length ? Number(k) : -1;
}

typeMethod(TypeId.range, "index", (th, args) => {
  const k = rangeIndexOf(th, args[0]!, args[1]!);
  if (k < 0) raiseException(th, "ValueError", `${reprOf(th, args[1]!)} is not in range`);
  return fromNumber(th, k);
});
typeMethod(TypeId.range, "count", (th, args) => fromNumber(th, rangeIndexOf(th, args[0]!, args[1]!) >= 0 ? 1 : 0));

typeMethod(TypeId.slice, "indices", (th, args) => {
  const n = indexArgument(th, args[1]!);
  if (n < 0) raiseException(th, "ValueError", "length should not be negative");
  const [start, stop, step] = sliceIndices(th, args[0]!, n);
  return newTuple(th, [fromNumber(th, start), fromNumber(th, stop), fromNumber(th, step)]);
});

typeMethod(TypeId.str, "isprintable", (th, args) => {
  const s = jsString(th, args[0]!);
  return /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}\p{Zs}]*$/u.test(s.replace(/ /g, "")) ? TRUE : FALSE;
});
typeMethod(TypeId.str, "translate", (th, args) => {
  const table = args[1]!;
  let out = "";
  for (const c of jsString(th, args[0]!)) {
    const mapped = dictGetItem(th, table, fromNumber(th, c.codePointAt(0)!));
    if (mapped === 0) out += c;
    else if (mapped === NONE) continue;
    else if (isStr(th, mapped)) out += jsString(th, mapped);
    else out += String.fromCodePoint(Number(bigOf(th, mapped)));
  }
  return newString(th, out);
});

/** Whether a to_bytes/from_bytes byteorder argument says "big" (the default); anything but "big" or "little" is an error. */
function isBigEndian(th: Thread, order: number | undefined, fname: string): boolean {
  if (order === undefined) return true;
  if (!isStr(th, order)) raiseException(th, "TypeError", `${fname}() argument 'byteorder' must be str, not ${typeNameOf(th, order)}`);
  const text = jsString(th, order);
  if (text !== "big" && text !== "little") raiseException(th, "ValueError", "byteorder must be either 'little' or 'big'");
  return text === "big";
}

typeMethod(TypeId.int, "to_bytes", (th, args, kw) => {
  const options = keywordMap(th, "to_bytes", kw, ["length", "byteorder", "signed"]);
  const length = indexArgument(th, args[1] ?? options.get("length") ?? 3);
  if (length < 0) raiseException(th, "ValueError", "length argument must be non-negative");
  const big = isBigEndian(th, args[2] ?? options.get("byteorder"), "to_bytes");
  const signed = (options.get("signed") ?? FALSE) === TRUE;
  let n = bigOf(th, args[0]!);
  if (n < 0n && !signed) raiseException(th, "OverflowError", "can't convert negative int to unsigned");
  const limit = 1n << BigInt(8 * length);
  if (signed ? (n >= limit / 2n || n < -limit / 2n) : n >= limit) raiseException(th, "OverflowError", "int too big to convert");
  if (n < 0n) n += limit;
  const out = new Uint8Array(length);
  for (let k = 0; k < length; k++) {
    out[big ? length - 1 - k : k] = Number(n & 0xffn);
    n >>= 8n;
  }
  return newBytes(th.heap, out);
});

/** What a class method of int or float built as `value` gives for class `cls`: the value itself, or cls(value) for a subclass. */
function asClass(th: Thread, cls: number, value: number, typeId: number): number {
  if (cls === typeById(th, typeId)) return value;
  th.pushRoot(value);
  try {
    return callObject(th, cls, [value]);
  } finally {
    th.popRoots(1);
  }
}

classMethod(TypeId.int, "from_bytes", (th, args, kw) => {
  const rest = args.slice(1);
  const options = keywordMap(th, "from_bytes", kw, ["bytes", "byteorder", "signed"]);
  const source = rest[0] ?? options.get("bytes");
  if (source === undefined) raiseException(th, "TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
  if (isStr(th, source)) raiseException(th, "TypeError", "cannot convert 'str' object to bytes");
  // A bytes-like object, or any iterable of byte values, as CPython accepts.
  const data = bytesLikeData(th, source) ?? bytesFromInts(th, iterateToArray(th, source));
  const big = isBigEndian(th, rest[1] ?? options.get("byteorder"), "from_bytes");
  let n = 0n;
  const bytes = big ? Array.from(data) : Array.from(data).reverse();
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if ((options.get("signed") ?? FALSE) === TRUE && data.length > 0 && bytes[0]! >= 0x80) n -= 1n << BigInt(8 * data.length);
  return asClass(th, args[0]!, newIntFromBig(th, n), TypeId.int);
});

typeMethod(TypeId.float, "hex", (th, args) => {
  const x = floatOf(th, args[0]!);
  if (!Number.isFinite(x)) return newString(th, Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf");
  if (x === 0) return newString(th, Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0");
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? "-" : "";
  let exponent = Number((bits >> 52n) & 0x7ffn);
  const mantissa = bits & ((1n << 52n) - 1n);
  const lead = exponent === 0 ? 0 : 1;
  exponent = exponent === 0 ? -1022 : exponent - 1023;
  const digits = mantissa.toString(16).padStart(13, "0");
  return newString(th, `${sign}0x${lead}.${digits}p${exponent >= 0 ? "+" : ""}${exponent}`);
});

classMethod(TypeId.float, "fromhex", (th, args) => {
  if (args.length !== 2) raiseException(th, "TypeError", `float.fromhex() takes exactly one argument (${args.length - 1} given)`);
  return asClass(th, args[0]!, floatFromHex(th, args[1]!), TypeId.float);
});

function floatFromHex(th: Thread, source: number): number {
  if (!isStr(th, source)) raiseException(th, "TypeError", `bad argument type for built-in operation`);
  const text = jsString(th, source).trim().toLowerCase();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(text);
  const special = /^([+-])?(inf|infinity|nan)$/.exec(text);
  if (special) return newFloatValue(th, special[2] === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity);
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) {
    return raiseException(th, "ValueError", "invalid hexadecimal floating-point string");
  }
  const digits = (m[2] ?? "") + (m[3] ?? "");
  const exponent = Number(m[4] ?? "0") - 4 * (m[3] ?? "").length;
  let value = digits === "" ? 0 : Number(BigInt("0x" + digits)) * Math.pow(2, exponent);
  if (!Number.isFinite(value)) raiseException(th, "OverflowError", "hexadecimal value too large to represent as a float");
  if (m[1] === "-") value = -value;
  return newFloatValue(th, value);
}

for (const id of [TypeId.dict_keys, TypeId.dict_items]) {
  typeMethod(id, "isdisjoint", (th, args) => {
    const view = args[0]!;
    const d = th.heap.i32[view + 2]!;
    for (const item of iterateToArray(th, args[1]!)) {
      if (id === TypeId.dict_keys ? dictGetItem(th, d, item) !== 0 : nativeContains(th, view, item)) return FALSE;
    }
    return TRUE;
  });
}
