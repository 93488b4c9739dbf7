// Hashing and comparing built-in values as dict and set keys, without
// running Python code.
//
// nativeHash answers for every built-in type: a number, str, bytes, tuple,
// frozenset, range, slice, None... by value; functions, types, modules and
// other identity-compared objects by address; list, dict, set, bytearray by
// raising TypeError (unhashable). For an instance of a class defined in
// Python it returns false: the interpreter must look for __hash__.
//
// nativeKeyEquals compares two keys the way a dict does: identity first, then
// value equality for built-in types (1 or 0), or -1 when a class defined in
// Python is involved and the interpreter must call __eq__.

import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import {
  BYTES_HASH, COMPLEX_IMAG, COMPLEX_REAL, NONE, RANGE_LENGTH, RANGE_START, RANGE_STEP,
  SLICE_START, SLICE_STEP, SLICE_STOP, STR_HASH, TF_HEAPTYPE, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_FLAGS, TYPE_ID, TYPE_NAME, TYPE_WORD,
} from "../heap/layout.js";
import { bytesEquals } from "./bytes.js";
import { compareIntWithFloat, floatValue } from "./float.js";
import { hashBigInt, hashComplex, hashFloat, hashIdentity, hashOut, hashSafeInteger, hashTupleItems, setHash } from "./hash.js";
import { intCompare } from "./int-arith.js";
import { intToBigInt, intToSafeNumber } from "./int.js";
import { frozensetHash, setEquals } from "./set.js";
import { strEquals, strValue } from "./str.js";
import { TypeId } from "./type-ids.js";
import { smallInt } from "../heap/value.js";

/** The hash of None in CPython 3.12 and later (a constant). */
const NONE_HASH = 0xfca86420;

/** The TypeId of a value's type, or -1 for a class defined in Python (or a subclass of a built-in). */
function builtinIdOf(heap: Heap, v: number): number {
  if ((v & 1) === 1) return TypeId.int;
  const type = heap.i32[v + TYPE_WORD]!;
  return heap.i32[type + TYPE_ID]!;
}

function typeNameOf(heap: Heap, v: number): string {
  if ((v & 1) === 1) return "int";
  return strValue(heap, heap.i32[heap.i32[v + TYPE_WORD]! + TYPE_NAME]!);
}

/**
 * Computes hash(v) into hashOut when no Python code is needed; returns false
 * when v's class is defined in Python (call its __hash__). Raises TypeError
 * for unhashable built-in types.
 */
export function nativeHash(heap: Heap, v: number): boolean {
  if ((v & 1) === 1) {
    hashSafeInteger(v >> 1);
    return true;
  }
  const i32 = heap.i32;
  const type = i32[v + TYPE_WORD]!;
  if ((i32[type + TYPE_FLAGS]! & TF_HEAPTYPE) !== 0) return false;
  switch (i32[type + TYPE_ID]) {
    case TypeId.str:
      setHash(i32[v + STR_HASH]!, i32[v + STR_HASH]! >> 31);
      return true;
    case TypeId.int:
    case TypeId.bool: {
      const n = intToSafeNumber(heap, v);
      if (Number.isNaN(n)) hashBigInt(intToBigInt(heap, v));
      else hashSafeInteger(n);
      return true;
    }
    case TypeId.float: {
      const x = floatValue(heap, v);
      if (Number.isNaN(x)) hashIdentity(v);
      else hashFloat(x);
      return true;
    }
    case TypeId.complex:
      hashComplex(heap.f64[(v + COMPLEX_REAL) >> 1]!, heap.f64[(v + COMPLEX_IMAG) >> 1]!);
      return true;
    case TypeId.bytes:
      setHash(i32[v + BYTES_HASH]!, i32[v + BYTES_HASH]! >> 31);
      return true;
    case TypeId.tuple:
      return hashTuple(heap, v);
    case TypeId.frozenset:
      frozensetHash(heap, v);
      return true;
    case TypeId.NoneType:
      setHash(NONE_HASH, 0);
      return true;
    case TypeId.range:
      return hashRange(heap, v);
    case TypeId.slice:
      return hashValues(heap, [i32[v + SLICE_START]!, i32[v + SLICE_STOP]!, i32[v + SLICE_STEP]!], false);
    case TypeId.list:
    case TypeId.dict:
    case TypeId.set:
    case TypeId.bytearray:
      throw new PyError("TypeError", `unhashable type: '${typeNameOf(heap, v)}'`);
    default:
      hashIdentity(v);
      return true;
  }
}

function hashTuple(heap: Heap, t: number): boolean {
  const n = heap.i32[t + TUPLE_LENGTH]!;
  let native = true;
  hashTupleItems(n, (i) => {
    if (native && !nativeHash(heap, heap.i32[t + TUPLE_ITEMS + i]!)) native = false;
  });
  return native;
}

function hashValues(heap: Heap, values: number[], mixLength = true): boolean {
  let native = true;
  hashTupleItems(values.length, (i) => {
    if (native && !nativeHash(heap, values[i]!)) native = false;
  }, mixLength);
  return native;
}

/** CPython's range_hash: hash((len, start, step)), with None for what does not matter. */
function hashRange(heap: Heap, r: number): boolean {
  const i32 = heap.i32;
  const length = i32[r + RANGE_LENGTH]!;
  if (length === smallInt(0)) return hashValues(heap, [length, NONE, NONE]);
  if (length === smallInt(1)) return hashValues(heap, [length, i32[r + RANGE_START]!, NONE]);
  return hashValues(heap, [length, i32[r + RANGE_START]!, i32[r + RANGE_STEP]!]);
}

/** The stored or computed hash as a pair, for callers that have only a value. */
export function nativeHashPair(heap: Heap, v: number): { lo: number; hi: number } {
  if (!nativeHash(heap, v)) throw new PyError("TypeError", "nativeHashPair needs a built-in value");
  return { lo: hashOut.lo, hi: hashOut.hi };
}

// ---------------------------------------------------------------------------
// Equality

const NUMERIC = new Set<number>([TypeId.int, TypeId.bool, TypeId.float, TypeId.complex]);

/** 1 if the keys are equal, 0 if not, -1 if a class defined in Python must decide. */
export function nativeKeyEquals(heap: Heap, a: number, b: number): number {
  if (a === b) return 1;
  const ta = builtinIdOf(heap, a);
  const tb = builtinIdOf(heap, b);
  if (ta < 0 || tb < 0) return -1;
  if (NUMERIC.has(ta) && NUMERIC.has(tb)) return numbersEqual(heap, a, ta, b, tb) ? 1 : 0;
  if (ta !== tb) return 0;
  switch (ta) {
    case TypeId.str:
      return strEquals(heap, a, b) ? 1 : 0;
    case TypeId.bytes:
      return bytesEquals(heap, a, b) ? 1 : 0;
    case TypeId.tuple:
      return tuplesEqual(heap, a, b);
    case TypeId.frozenset:
    case TypeId.set:
      return setsEqual(heap, a, b);
    case TypeId.range:
      return rangesEqual(heap, a, b);
    default:
      return 0;
  }
}

function numbersEqual(heap: Heap, a: number, ta: number, b: number, tb: number): boolean {
  if (ta === TypeId.complex || tb === TypeId.complex) {
    const [ar, ai] = complexParts(heap, a, ta);
    const [br, bi] = complexParts(heap, b, tb);
    return ar === br && ai === bi;
  }
  const aFloat = ta === TypeId.float;
  const bFloat = tb === TypeId.float;
  if (aFloat && bFloat) return floatValue(heap, a) === floatValue(heap, b);
  if (aFloat) return compareIntWithFloat(heap, b, floatValue(heap, a)) === 0;
  if (bFloat) return compareIntWithFloat(heap, a, floatValue(heap, b)) === 0;
  return intCompare(heap, a, b) === 0;
}

function complexParts(heap: Heap, v: number, type: number): [number, number] {
  if (type === TypeId.complex) return [heap.f64[(v + COMPLEX_REAL) >> 1]!, heap.f64[(v + COMPLEX_IMAG) >> 1]!];
  if (type === TypeId.float) return [floatValue(heap, v), 0];
  return [Number(intToBigInt(heap, v)), 0];
}

function tuplesEqual(heap: Heap, a: number, b: number): number {
  const n = heap.i32[a + TUPLE_LENGTH]!;
  if (n !== heap.i32[b + TUPLE_LENGTH]) return 0;
  for (let i = 0; i < n; i++) {
    const r = nativeKeyEquals(heap, heap.i32[a + TUPLE_ITEMS + i]!, heap.i32[b + TUPLE_ITEMS + i]!);
    if (r !== 1) return r;
  }
  return 1;
}

function setsEqual(heap: Heap, a: number, b: number): number {
  let undecided = false;
  const equal = setEquals(heap, a, b, (x, y) => {
    const r = nativeKeyEquals(heap, x, y);
    if (r < 0) undecided = true;
    return r === 1;
  });
  return undecided ? -1 : equal ? 1 : 0;
}

/** Ranges are equal when they produce the same sequence. */
function rangesEqual(heap: Heap, a: number, b: number): number {
  const i32 = heap.i32;
  const length = i32[a + RANGE_LENGTH]!;
  if (intCompare(heap, length, i32[b + RANGE_LENGTH]!) !== 0) return 0;
  if (length === smallInt(0)) return 1;
  if (intCompare(heap, i32[a + RANGE_START]!, i32[b + RANGE_START]!) !== 0) return 0;
  if (length === smallInt(1)) return 1;
  return intCompare(heap, i32[a + RANGE_STEP]!, i32[b + RANGE_STEP]!) === 0 ? 1 : 0;
}

/** A KeyEquals for dict and set functions when every key is of a built-in type; throws if Python would be needed. */
export function nativeEquals(heap: Heap): (a: number, b: number) => boolean {
  return (a, b) => {
    const r = nativeKeyEquals(heap, a, b);
    if (r < 0) throw new PyError("SystemError", "comparing keys of a class defined in Python needs the interpreter");
    return r === 1;
  };
}
