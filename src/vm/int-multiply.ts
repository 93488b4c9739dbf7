// Multiplying a big int by a small one, digit by digit.
//
// The general path converts both operands to BigInt and the product back to
// heap digits, which costs more than the multiplication itself when one side
// is a small int: a loop like `result *= i` over a growing factorial spends
// nearly all its time converting. Here the heap int's 32-bit digits are
// multiplied by |m| <= 2**30 directly.

import { allocate } from "../heap/alloc.js";
import { G_TYPES, IMMUTABLE_BIT, INT_DIGITS, INT_SIZE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";

const INV_TWO_16 = 1 / 65536;
const TWO_32 = 4294967296;
const INV_TWO_32 = 1 / TWO_32;
/** Factors below this times a 32-bit digit stay below 2**53. */
const SMALL_FACTOR = 2 ** 21;

/** The product of the exact heap int `v` and the small int `m`, as an int value. */
export function multiplyBySmall(th: Thread, v: number, m: number): number {
  if (m === 0) return 1; // the small int 0
  const size = th.heap.i32[v + INT_SIZE]!;
  const count = size < 0 ? -size : size;
  const negative = (size < 0) !== (m < 0);
  const factor = m < 0 ? -m : m;
  const product = allocate(th.heap, INT_DIGITS + count + 1, th.heap.i32[G_TYPES + TypeId.int]!, IMMUTABLE_BIT);
  // Read the views after allocating: the heap may have grown.
  const i32 = th.heap.i32;
  // The low 32 bits of digit * factor come from Math.imul, the high bits from
  // 16-bit halves (every partial result stays below 2**53, exact in a double).
  // Neither depends on the carry, so the carry chain is a single add: the
  // loop runs at the speed of the multiplications, not of their latency.
  let carry = 0;
  if (factor < SMALL_FACTOR) {
    // digit * factor < 2**53: the product is one exact double, split at 2**32.
    for (let k = 0; k < count; k++) {
      const wide = (i32[v + INT_DIGITS + k]! >>> 0) * factor;
      const highBits = Math.floor(wide * INV_TWO_32);
      const sum = wide - highBits * TWO_32 + carry;
      i32[product + INT_DIGITS + k] = sum | 0;
      carry = sum >= TWO_32 ? highBits + 1 : highBits;
    }
    return finishProduct(i32, product, count, carry, negative);
  }
  for (let k = 0; k < count; k++) {
    const digit = i32[v + INT_DIGITS + k]!;
    const unsigned = digit >>> 0;
    const lowBits = Math.imul(digit, factor) >>> 0;
    const middle = (unsigned >>> 16) * factor + Math.floor((unsigned & 0xffff) * factor * INV_TWO_16);
    const highBits = Math.floor(middle * INV_TWO_16);
    const sum = lowBits + carry;
    i32[product + INT_DIGITS + k] = sum | 0;
    carry = sum >= TWO_32 ? highBits + 1 : highBits;
  }
  return finishProduct(i32, product, count, carry, negative);
}

/** Stores the last carry and the sign of a product of `count` digits and a carry. */
function finishProduct(i32: Int32Array, product: number, count: number, carry: number, negative: boolean): number {
  i32[product + INT_DIGITS + count] = carry;
  const digits = carry === 0 ? count : count + 1;
  i32[product + INT_SIZE] = negative ? -digits : digits;
  return normalizeSmall(i32, product, digits, negative);
}

/** -2**30 is the one product of a heap int and a small int that fits a small int. */
function normalizeSmall(i32: Int32Array, product: number, digits: number, negative: boolean): number {
  if (negative && digits === 1 && i32[product + INT_DIGITS] === 0x40000000) return (-(2 ** 30) << 1) | 1;
  return product;
}

/**
 * The product of two integers below 2**53 in magnitude whose product is not
 * (so it needs a heap int), without BigInt: 16-bit limbs, multiplied
 * schoolbook-fashion (every partial sum stays below 2**53).
 */
export function multiplySafe(th: Thread, x: number, y: number): number {
  const a = limbs16(Math.abs(x));
  const b = limbs16(Math.abs(y));
  const out = new Array<number>(8).fill(0);
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) out[i + j]! += a[i]! * b[j]!;
  let carry = 0;
  for (let k = 0; k < 8; k++) {
    const t = out[k]! + carry;
    out[k] = t & 0xffff;
    carry = Math.floor(t * INV_TWO_16);
  }
  let digits = 4;
  while (digits > 1 && out[2 * digits - 1] === 0 && out[2 * digits - 2] === 0) digits--;
  const product = allocate(th.heap, INT_DIGITS + digits, th.heap.i32[G_TYPES + TypeId.int]!, IMMUTABLE_BIT);
  const i32 = th.heap.i32;
  i32[product + INT_SIZE] = (x < 0) !== (y < 0) ? -digits : digits;
  for (let k = 0; k < digits; k++) i32[product + INT_DIGITS + k] = out[2 * k]! | (out[2 * k + 1]! << 16);
  return product;
}

/** The four 16-bit limbs of an integer below 2**64 (exact below 2**53), least significant first. */
function limbs16(n: number): number[] {
  const high = Math.floor(n / TWO_32);
  const low = n - high * TWO_32;
  return [low & 0xffff, low >>> 16, high & 0xffff, high >>> 16];
}

/**
 * `v % m` for the exact heap int `v` and a small int 0 < m < 2**30: the
 * remainder of the digits read from the most significant, 16 bits at a time
 * (r * 2**16 + 16 bits stays below 2**46), with the divisor's sign as
 * Python's % gives it. A small int.
 */
export function remainderBySmall(th: Thread, v: number, m: number): number {
  const i32 = th.heap.i32;
  const size = i32[v + INT_SIZE]!;
  const count = size < 0 ? -size : size;
  let r = 0;
  for (let k = count - 1; k >= 0; k--) {
    const digit = i32[v + INT_DIGITS + k]! >>> 0;
    r = (r * 65536 + (digit >>> 16)) % m;
    r = (r * 65536 + (digit & 0xffff)) % m;
  }
  if (size < 0 && r !== 0) r = m - r;
  return (r << 1) | 1;
}
