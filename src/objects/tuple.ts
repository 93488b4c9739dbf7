// tuple: an immutable sequence with its items inline (TRACE_TUPLE: the length
// at word 2, the items from word 3). A new tuple's items are 0 until its maker
// fills them; it must fill them all before anything else can see the tuple.
// The empty tuple is one shared object (G_EMPTY_TUPLE), as in CPython.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  G_EMPTY_TUPLE, G_TYPES, IMMUTABLE_BIT, TF_TUPLE_SUBCLASS, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_DICT_OFFSET, TYPE_FLAGS,
  TYPE_WORD,
} from "../heap/layout.js";
import { hashTupleItems } from "./hash.js";
import { TypeId } from "./type-ids.js";

export function tupleType(heap: Heap): number {
  return heap.i32[G_TYPES + TypeId.tuple]!;
}

/** Whether `v` is exactly a tuple. */
export function isTuple(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.tuple];
}

/** Whether `v` is a tuple or an instance of a subclass of tuple. */
export function isTupleInstance(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_TUPLE_SUBCLASS) !== 0;
}

/**
 * A tuple of `length` items, all 0 for the caller to fill (of class `type`, a
 * tuple subclass, if given). A plain empty tuple is the shared one.
 */
export function newTuple(heap: Heap, length: number, type = 0): number {
  if (length === 0 && type === 0) {
    const empty = heap.i32[G_EMPTY_TUPLE]!;
    if (empty !== 0) return empty;
  }
  const tupleClass = type === 0 ? heap.i32[G_TYPES + TypeId.tuple]! : type;
  const extra = type !== 0 && heap.i32[type + TYPE_DICT_OFFSET] === -1 ? 1 : 0;
  const t = allocate(heap, TUPLE_ITEMS + length + extra, tupleClass, IMMUTABLE_BIT);
  heap.i32[t + TUPLE_LENGTH] = length;
  return t;
}

/** A tuple of the given values. */
export function tupleOf(heap: Heap, items: readonly number[]): number {
  const t = newTuple(heap, items.length);
  const i32 = heap.i32;
  for (let i = 0; i < items.length; i++) i32[t + TUPLE_ITEMS + i] = items[i]!;
  return t;
}

export function tupleLength(heap: Heap, t: number): number {
  return heap.i32[t + TUPLE_LENGTH]!;
}

/** Item `i` (0 <= i < length; the caller checks). */
export function tupleItem(heap: Heap, t: number, i: number): number {
  return heap.i32[t + TUPLE_ITEMS + i]!;
}

/** Fills item `i` of a tuple being built. */
export function initTupleItem(heap: Heap, t: number, i: number, value: number): void {
  heap.i32[t + TUPLE_ITEMS + i] = value;
}

/** The items as a JavaScript array. */
export function tupleItems(heap: Heap, t: number): number[] {
  const n = heap.i32[t + TUPLE_LENGTH]!;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = heap.i32[t + TUPLE_ITEMS + i]!;
  return out;
}

/** t[start:stop] for 0 <= start <= stop <= length. */
export function tupleSlice(heap: Heap, t: number, start: number, stop: number): number {
  if (start === 0 && stop === heap.i32[t + TUPLE_LENGTH] && isTuple(heap, t)) return t;
  const r = newTuple(heap, stop - start);
  heap.i32.copyWithin(r + TUPLE_ITEMS, t + TUPLE_ITEMS + start, t + TUPLE_ITEMS + stop);
  return r;
}

/** a + b for two tuples. */
export function tupleConcat(heap: Heap, a: number, b: number): number {
  const na = heap.i32[a + TUPLE_LENGTH]!;
  const nb = heap.i32[b + TUPLE_LENGTH]!;
  if (nb === 0 && isTuple(heap, a)) return a;
  if (na === 0 && isTuple(heap, b)) return b;
  const r = newTuple(heap, na + nb);
  const i32 = heap.i32;
  i32.copyWithin(r + TUPLE_ITEMS, a + TUPLE_ITEMS, a + TUPLE_ITEMS + na);
  i32.copyWithin(r + TUPLE_ITEMS + na, b + TUPLE_ITEMS, b + TUPLE_ITEMS + nb);
  return r;
}

/**
 * CPython's hash of a tuple. `hashItem(v)` must leave the hash of item `v` in
 * hashOut (and may throw for an unhashable item).
 */
export function tupleHash(heap: Heap, t: number, hashItem: (v: number) => void): number {
  const n = heap.i32[t + TUPLE_LENGTH]!;
  return hashTupleItems(n, (i) => hashItem(heap.i32[t + TUPLE_ITEMS + i]!));
}
