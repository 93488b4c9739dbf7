// hash() of constant values (numbers, strs, bytes, tuples of those, None,
// bools) with no interpreter at hand, for building constant frozensets.

import type { Heap } from "../heap/heap.js";
import { BOOL_VALUE, BYTES_HASH, FLOAT_VALUE, G_TYPES, STR_HASH, TYPE_WORD } from "../heap/layout.js";
import { hashBigInt, hashFloat, hashIdentity, hashOut, hashSafeInteger, highWordOf, setHash } from "../objects/hash.js";
import { intToBigInt } from "../objects/int.js";
import { tupleHash } from "../objects/tuple.js";
import { TypeId } from "../objects/type-ids.js";

export function constantHash(heap: Heap, v: number): number {
  if (v & 1) return hashSafeInteger(v >> 1);
  const i32 = heap.i32;
  const type = i32[v + TYPE_WORD]!;
  const is = (id: number) => type === i32[G_TYPES + id];
  if (is(TypeId.str) || is(TypeId.bytes)) {
    const lo = i32[v + (is(TypeId.str) ? STR_HASH : BYTES_HASH)]!;
    return setHash(lo, highWordOf(lo));
  }
  if (is(TypeId.int)) return hashBigInt(intToBigInt(heap, v));
  if (is(TypeId.bool)) return hashSafeInteger(i32[v + BOOL_VALUE]!);
  if (is(TypeId.float)) return hashFloat(heap.f64[(v + FLOAT_VALUE) >> 1]!);
  if (is(TypeId.tuple)) {
    const lo = tupleHash(heap, v, (item) => {
      constantHash(heap, item);
    });
    return setHash(lo, hashOut.hi);
  }
  return hashIdentity(v);
}
