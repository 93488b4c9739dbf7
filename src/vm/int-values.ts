// Conversions between int/float values and JavaScript numbers and BigInts.
//
// An int that fits 31 bits is a small-int word; a larger one is a heap int
// (layout.ts: a signed digit count, then 32-bit digits, least significant
// first). bool objects hold their value in BOOL_VALUE. Floats are boxed.

import { allocate } from "../heap/alloc.js";
import {
  BOOL_VALUE, FLOAT_VALUE, FLOAT_WORDS, G_TYPES, IMMUTABLE_BIT, INT_DIGITS, INT_SIZE, TRUE, TYPE_WORD,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { typeIdOfValue } from "./model.js";

const SMALL_MIN = -(2 ** 30);
const SMALL_MAX = 2 ** 30 - 1;

/** Whether `v` is an int or bool (or an instance of a subclass). */
export function isIntLike(th: Thread, v: number): boolean {
  if (v & 1) return true;
  const id = typeIdOfValue(th, v);
  return id === TypeId.int || id === TypeId.bool;
}

/** The value of an int or bool as a BigInt. */
export function bigOf(th: Thread, v: number): bigint {
  if (v & 1) return BigInt(v >> 1);
  const i32 = th.heap.i32;
  if (typeIdOfValue(th, v) === TypeId.bool) return BigInt(i32[v + BOOL_VALUE]!);
  const size = i32[v + INT_SIZE]!;
  const n = Math.abs(size);
  let r = 0n;
  for (let k = n - 1; k >= 0; k--) r = (r << 32n) | BigInt(i32[v + INT_DIGITS + k]! >>> 0);
  return size < 0 ? -r : r;
}

/** The value of an int as a JavaScript number when it is safe, else null. */
export function intOf(th: Thread, v: number): number | null {
  if (v & 1) return v >> 1;
  if (!isIntLike(th, v)) return null;
  const b = bigOf(th, v);
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : null;
}

/** An int value for a BigInt: a small int when it fits. */
export function newIntFromBig(th: Thread, b: bigint): number {
  if (b >= -1073741824n && b <= 1073741823n) return (Number(b) << 1) | 1;
  const negative = b < 0n;
  let m = negative ? -b : b;
  const digits: number[] = [];
  while (m > 0n) {
    digits.push(Number(m & 0xffffffffn) | 0);
    m >>= 32n;
  }
  const obj = allocate(th.heap, INT_DIGITS + digits.length, th.heap.i32[G_TYPES + TypeId.int]!, IMMUTABLE_BIT);
  const i32 = th.heap.i32;
  i32[obj + INT_SIZE] = negative ? -digits.length : digits.length;
  for (let k = 0; k < digits.length; k++) i32[obj + INT_DIGITS + k] = digits[k]!;
  return obj;
}

/** An int value for a JavaScript integer. */
export function fromNumber(th: Thread, n: number): number {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
  return newIntFromBig(th, BigInt(n));
}

export function newFloat(th: Thread, x: number): number {
  const obj = allocate(th.heap, FLOAT_WORDS, th.heap.i32[G_TYPES + TypeId.float]!, IMMUTABLE_BIT);
  th.heap.f64[(obj + FLOAT_VALUE) >> 1] = x;
  return obj;
}

/** The value of a float (or int) as a JavaScript number. */
export function floatOf(th: Thread, v: number): number {
  if (v & 1) return v >> 1;
  if (typeIdOfValue(th, v) === TypeId.float) return th.heap.f64[(v + FLOAT_VALUE) >> 1]!;
  return Number(bigOf(th, v));
}

export function isBool(th: Thread, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && th.heap.i32[v + TYPE_WORD] === th.heap.i32[G_TYPES + TypeId.bool];
}

export function boolValue(v: number): boolean {
  return v === TRUE;
}

const TWO_32 = 4294967296;

/**
 * The value of an exact int (not a bool) as a JavaScript number when it is
 * below 2**53 in magnitude, else null: the common heap ints, without BigInt.
 */
export function safeIntOf(th: Thread, v: number): number | null {
  if (v & 1) return v >> 1;
  const i32 = th.heap.i32;
  if (i32[v + TYPE_WORD] !== i32[G_TYPES + TypeId.int]) return null;
  const size = i32[v + INT_SIZE]!;
  const n = Math.abs(size);
  if (n > 2) return null;
  const lo = i32[v + INT_DIGITS]! >>> 0;
  const hi = n === 2 ? i32[v + INT_DIGITS + 1]! >>> 0 : 0;
  if (hi >= 2 ** 21) return null;
  const magnitude = hi * TWO_32 + lo;
  return size < 0 ? -magnitude : magnitude;
}

/** An int value for a safe JavaScript integer, without going through BigInt. */
export function intFromSafe(th: Thread, n: number): number {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
  const magnitude = Math.abs(n);
  const hi = Math.floor(magnitude / TWO_32);
  const lo = magnitude - hi * TWO_32;
  const digits = hi === 0 ? 1 : 2;
  const obj = allocate(th.heap, INT_DIGITS + digits, th.heap.i32[G_TYPES + TypeId.int]!, IMMUTABLE_BIT);
  const i32 = th.heap.i32;
  i32[obj + INT_SIZE] = n < 0 ? -digits : digits;
  i32[obj + INT_DIGITS] = lo | 0;
  if (digits === 2) i32[obj + INT_DIGITS + 1] = hi | 0;
  return obj;
}
