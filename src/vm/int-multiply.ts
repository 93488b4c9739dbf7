// Multiplying a big int by a small one, digit by digit.
//
// The general path converts both operands to BigInt and the product back to
// heap digits, which costs more than the multiplication itself when one side
// is a small int: a loop like `result *= i` over a growing factorial spends
// nearly all its time converting. Here the heap int's 32-bit digits are
// multiplied by |m| < 2**30 directly. Each digit is split into 16-bit halves
// so every partial product stays below 2**53 and exact in a double.

import { allocate } from "../heap/alloc.js";
import { G_TYPES, IMMUTABLE_BIT, INT_DIGITS, INT_SIZE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";

const TWO_16 = 65536;
const TWO_32 = 4294967296;

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
  let carry = 0;
  for (let k = 0; k < count; k++) {
    const digit = i32[v + INT_DIGITS + k]! >>> 0;
    const low = (digit & 0xffff) * factor + carry;
    const high = (digit >>> 16) * factor;
    const sum = low + (high % TWO_16) * TWO_16;
    i32[product + INT_DIGITS + k] = sum % TWO_32;
    carry = Math.floor(high / TWO_16) + Math.floor(sum / TWO_32);
  }
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
