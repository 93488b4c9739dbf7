// int: small ints in the value word, every other int as a heap object.
//
// An int value is either a small-int word (31 bits, value.ts) or a heap
// object with the int layout: the signed count of 32-bit digits (its sign is
// the int's sign, 0 for zero), then the magnitude's digits, least significant
// first. bool objects and instances of int subclasses use the same layout
// (True is one digit 1, False no digit), so every int-like object reads the
// same way. Results of arithmetic are always normalised: a plain int that
// fits 31 bits is a small int, never an object.
//
// Arithmetic works on JavaScript numbers while values stay within 2**53 and on
// bigints beyond; see int-arith.ts.

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { G_TYPES, IMMUTABLE_BIT, INT_DIGITS, INT_SIZE, TF_INT_SUBCLASS, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_WORD } from "../heap/layout.js";
import { SMALL_INT_MAX, SMALL_INT_MIN } from "../heap/value.js";
import { TypeId } from "./type-ids.js";

const TWO_POW_32 = 4294967296;

export function intType(heap: Heap): number {
  return heap.i32[G_TYPES + TypeId.int]!;
}

/** Whether `v` is an int: a small int, or an object of int, bool or a subclass of int. */
export function isInt(heap: Heap, v: number): boolean {
  if ((v & 1) === 1) return true;
  if (v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_INT_SUBCLASS) !== 0;
}

/** Whether `v` is a plain int (small or an int object, not bool, not a subclass). */
export function isExactInt(heap: Heap, v: number): boolean {
  return (v & 1) === 1 || (v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.int]);
}

/** Allocates an int object holding `b` (of class `type` if given, else int), even if it would fit a small int. */
export function newIntObject(heap: Heap, b: bigint, type = 0): number {
  const negative = b < 0n;
  const magnitude = negative ? -b : b;
  const hex = magnitude === 0n ? "" : magnitude.toString(16);
  const count = Math.ceil(hex.length / 8);
  const intClass = type === 0 ? heap.i32[G_TYPES + TypeId.int]! : type;
  const extra = type !== 0 && heap.i32[type + TYPE_DICT_OFFSET] === -1 ? 1 : 0;
  const obj = allocate(heap, INT_DIGITS + count + extra, intClass, IMMUTABLE_BIT);
  const i32 = heap.i32;
  i32[obj + INT_SIZE] = negative ? -count : count;
  for (let d = 0; d < count; d++) {
    const end = hex.length - d * 8;
    i32[obj + INT_DIGITS + d] = parseInt(hex.slice(Math.max(0, end - 8), end), 16) | 0;
  }
  return obj;
}

/** The int value of `b`: a small int when it fits, else a new int object. */
export function intFromBigInt(heap: Heap, b: bigint): number {
  if (b >= -0x40000000n && b <= 0x3fffffffn) return (Number(b) << 1) | 1;
  return newIntObject(heap, b);
}

/** The int value of the integer `n` (a JavaScript number with |n| <= 2**53). */
export function intFromNumber(heap: Heap, n: number): number {
  if (n >= SMALL_INT_MIN && n <= SMALL_INT_MAX) return (n << 1) | 1;
  if (!Number.isSafeInteger(n)) throw new RangeError(`intFromNumber needs a safe integer, got ${n}`);
  return newIntObject(heap, BigInt(n));
}

/** The int object's digit count and sign: what its INT_SIZE word says. */
export function intSize(heap: Heap, v: number): number {
  return heap.i32[v + INT_SIZE]!;
}

/** The value of an int (small, object, bool or subclass instance) as a bigint. */
export function intToBigInt(heap: Heap, v: number): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const i32 = heap.i32;
  const size = i32[v + INT_SIZE]!;
  const count = size < 0 ? -size : size;
  let magnitude: bigint;
  if (count <= 2) {
    const low = count > 0 ? i32[v + INT_DIGITS]! >>> 0 : 0;
    const high = count > 1 ? i32[v + INT_DIGITS + 1]! >>> 0 : 0;
    magnitude = high < 0x200000 ? BigInt(high * TWO_POW_32 + low) : (BigInt(high) << 32n) | BigInt(low);
  } else {
    let hex = "";
    for (let d = count - 1; d >= 0; d--) hex += (i32[v + INT_DIGITS + d]! >>> 0).toString(16).padStart(8, "0");
    magnitude = BigInt("0x" + hex);
  }
  return size < 0 ? -magnitude : magnitude;
}

/**
 * The value of an int as a JavaScript number when |value| <= 2**53, else
 * NaN (for callers that then take the bigint path).
 */
export function intToSafeNumber(heap: Heap, v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const i32 = heap.i32;
  const size = i32[v + INT_SIZE]!;
  if (size === 0) return 0;
  if (size > 2 || size < -2) return NaN;
  const low = i32[v + INT_DIGITS]! >>> 0;
  const high = size === 1 || size === -1 ? 0 : i32[v + INT_DIGITS + 1]! >>> 0;
  if (high > 0x200000 || (high === 0x200000 && low !== 0)) return NaN;
  const magnitude = high * TWO_POW_32 + low;
  return size < 0 ? -magnitude : magnitude;
}

/** The sign of an int: -1, 0 or 1. */
export function intSign(heap: Heap, v: number): number {
  if ((v & 1) === 1) return Math.sign(v >> 1);
  return Math.sign(heap.i32[v + INT_SIZE]!);
}

/** The number of bits of |v| (int.bit_length()). */
export function intBitLength(heap: Heap, v: number): number {
  const magnitude = Math.abs(intToSafeNumber(heap, v));
  if (magnitude < 2 ** 31) return 32 - Math.clz32(magnitude);
  return bigBitLength(intToBigInt(heap, v));
}

/** The number of bits of |b|. */
export function bigBitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  const hex = b.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** The int's value as an index (for sequences): a JavaScript number, or an OverflowError beyond what an index can be. */
export function intToIndex(heap: Heap, v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const n = intToSafeNumber(heap, v);
  if (Number.isNaN(n)) throw new PyError("OverflowError", "Python int too large to convert to C ssize_t");
  return n;
}
